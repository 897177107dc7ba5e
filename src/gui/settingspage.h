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
    [[nodiscard]] bool isValid() const { return m_issues.isEmpty(); }
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

    void showMessage(const QString &text, MessageKind kind);
    void clearMessage();

Q_SIGNALS:
    void loaded(qint64 companyId);
    void dirtyChanged(bool dirty);
    void saved(qint64 companyId);
    void saveFailed(const QString &message);

private:
    void setUpEditors();
    void setUpSections();
    void setUpSkuOrder();
    void connectEditors();
    void onWarehousesChanged(qint64 companyId);
    void loadWarehousesThenSettings(quint64 generation);
    void populate(const LoadedSettings &loaded);
    void populateWarehouses();
    void populateSkuOrder(const QList<SkuField> &order);
    void populateTokens(const IntegrationSettings &settings, const IntegrationSecrets &secrets);
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
    qint64 m_companyId = 0;
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_saving = false;
    bool m_loaded = false;
    bool m_populating = false;
    bool m_lastDirty = false;
};

} // namespace posbridge
