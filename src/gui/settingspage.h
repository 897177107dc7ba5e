#pragma once

#include "core/company.h"
#include "core/settingsvalidator.h"
#include "sync/companyservice.h"

#include <QWidget>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;

namespace Ui {
class SettingsPage;
}

namespace posbridge {

struct AuthorizationOutcome;

/** @brief An (id, name) choice offered by a drop-down, such as a Lightspeed shop or employee. */
struct Choice
{
    qint64 id = 0;
    QString name;
};

/**
 * @brief The Lightspeed POS General Settings form of one company.
 *
 * Loads and saves through CompanyService, so the GUI thread never waits on the database or
 * the keychain. Validation runs as the admin types; Save is enabled only when the form has
 * changes and every field is valid.
 */
class SettingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    enum class MessageKind
    {
        Information,
        Warning,
        Error,
    };

    explicit SettingsPage(CompanyService *service, QWidget *parent = nullptr);
    ~SettingsPage() override;

    /** @brief Starts loading a company's warehouses, settings and secrets; 0 clears the form. */
    void loadCompany(qint64 companyId);
    [[nodiscard]] qint64 companyId() const { return m_companyId; }
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] bool isBusy() const { return m_loading || m_saving; }
    [[nodiscard]] bool isDirty() const;
    [[nodiscard]] bool isValid() const { return m_issues.isEmpty() && m_fieldErrors.isEmpty(); }
    [[nodiscard]] const ValidationIssues &issues() const { return m_issues; }

    /** @brief The settings as the form currently shows them. */
    [[nodiscard]] IntegrationSettings currentSettings() const;
    [[nodiscard]] QString currentClientSecret() const;
    /** @brief The settings and secrets as last loaded or saved. */
    [[nodiscard]] const LoadedSettings &storedSettings() const { return m_stored; }

    /** @brief Saves when the form is dirty and valid; the outcome arrives as saved() or saveFailed(). */
    void save();
    /** @brief Puts back the values last loaded or saved. */
    void revert();
    /**
     * @brief Asks what to do with unsaved changes, then calls proceed once leaving is safe.
     *
     * Save saves first and proceeds on success; Discard reverts and proceeds; Cancel does nothing.
     */
    void confirmLeave(const std::function<void()> &proceed);

    /** @brief Offers the account's shops in Shop Name, keeping the typed name. */
    void setShops(const QList<Choice> &shops);
    /** @brief Offers the account's employees in Lightspeed EmployeeID. */
    void setEmployees(const QList<Choice> &employees);
    /** @brief Replaces the stored token fields and account after Fetch Token or Disconnect. */
    void applyStoredConnection(const IntegrationSettings &settings, const IntegrationSecrets &secrets);

    /** @brief True when an access and a refresh token are stored for the company. */
    [[nodiscard]] bool hasStoredTokens() const { return m_hasTokens; }
    /** @brief Problems that keep Fetch Token from starting with the form's values, or none. */
    [[nodiscard]] ValidationIssues fetchTokenIssues() const;
    /** @brief True when the form is loaded, idle and its credentials and endpoints are valid. */
    [[nodiscard]] bool canFetchToken() const;

    /**
     * @brief Shows what Fetch Token stored: the connection fields, the account, the shop and the tokens.
     *
     * The fields that Fetch Token saved count as saved. Other unsaved changes stay in the form
     * as they were. clientSecret is the Client Secret the authorization used.
     */
    void applyAuthorization(const AuthorizationOutcome &outcome, const QString &clientSecret);
    /** @brief Empties the token fields after Disconnect. */
    void applyDisconnected();
    /** @brief Shows a new Token Received On (UTC) after the tokens were refreshed in the background. */
    void setTokenReceivedOn(const QDateTime &receivedAt);
    /** @brief Shows the connection state next to the token fields. */
    void setConnectionState(const QString &text);
    /** @brief Shows an error under a field until the admin edits it. Validation messages take precedence. */
    void showFieldError(SettingsField field, const QString &message);

    void showMessage(const QString &text, MessageKind kind);
    void clearMessage();

Q_SIGNALS:
    void loaded(qint64 companyId);
    void dirtyChanged(bool dirty);
    void saved(qint64 companyId);
    void saveFailed(const QString &message);
    /** @brief The form's values, validity or busy state may have changed. */
    void formStateChanged();

private:
    void setUpEditors();
    void setUpSections();
    void setUpSkuOrder();
    void connectEditors();
    void updateCountSuffixes();
    void onWarehousesChanged(qint64 companyId);
    void loadWarehousesThenSettings(quint64 generation);
    void populate(const LoadedSettings &loaded);
    void populateWarehouses();
    void populateSkuOrder(const QList<SkuField> &order);
    void populateTokens(const IntegrationSettings &settings);
    void selectWarehouse(QComboBox *combo, qint64 warehouseId);
    void moveSkuItem(int offset);
    void restoreEndpointDefaults();
    void refreshState();
    void showIssues();
    [[nodiscard]] QList<SkuField> currentSkuOrder() const;
    [[nodiscard]] QLabel *issueLabel(SettingsField field) const;

    std::unique_ptr<Ui::SettingsPage> m_ui;
    CompanyService *m_service = nullptr;
    LoadedSettings m_stored;
    QList<Warehouse> m_warehouses;
    ValidationIssues m_issues;
    /** Errors that an action such as Fetch Token put on a field, until the admin edits the field. */
    ValidationIssues m_fieldErrors;
    qint64 m_companyId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_saving = false;
    bool m_loaded = false;
    bool m_populating = false;
    bool m_lastDirty = false;
    bool m_hasTokens = false;
};

} // namespace posbridge
