#pragma once

#include "core/product.h"

#include <QWidget>

#include <memory>

class QTimer;

namespace Ui {
class ListingsPage;
}

namespace posbridge {

class ListingService;
class ListingsModel;
struct ListingRow;

/**
 * @brief The Listings tab: the company's products with their Lightspeed listing, filters and actions.
 *
 * Rows load page by page as the table scrolls. Enable and Disable work on every selected row;
 * Choose Item works on one product that needs a choice. Actions are saved in the background and
 * the table reloads when ListingService reports the change.
 */
class ListingsPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ListingsPage)

public:
    explicit ListingsPage(ListingService *service, QWidget *parent = nullptr);
    ~ListingsPage() override;

    void loadCompany(qint64 companyId);
    [[nodiscard]] ListingsModel *model() const { return m_model; }

    /** @brief Filters by state; std::nullopt shows every product. */
    void setStateFilter(std::optional<ListingState> state);
    /** @brief Searches at once, as typing in the search field does after a pause. */
    void search(const QString &text);

    void enableSelected();
    /** @brief Asks for confirmation, with the archive choice, then disables the selected listings. */
    void disableSelected();
    void postSelected();
    /** @brief Opens the choice between the matching items of the selected product. */
    void chooseItemForSelected();
    void unlinkSelected();

Q_SIGNALS:
    /** @brief Emitted after an action was saved, or failed with message. */
    void actionFinished(bool ok, const QString &message);

private:
    void applyFilter();
    void updateButtons();
    void updateCountLabel();
    [[nodiscard]] QList<const ListingRow *> selectedRows() const;
    [[nodiscard]] QList<qint64> selectedProductIds() const;
    void report(bool ok, const QString &title, const QString &message);

    std::unique_ptr<Ui::ListingsPage> m_ui;
    ListingService *m_service = nullptr;
    ListingsModel *m_model = nullptr;
    QTimer *m_searchTimer = nullptr;
    qint64 m_companyId = 0;
};

} // namespace posbridge
