#pragma once

#include <QDialog>

#include <memory>

class QTimer;

namespace Ui {
class ProductPickerDialog;
}

namespace posbridge {

class ListingService;
class ListingsModel;

/**
 * @brief Lets the admin search the company's products and pick one, such as the product of an unknown item.
 *
 * The list loads page by page as it scrolls, so it stays quick on large catalogues.
 */
class ProductPickerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductPickerDialog)

public:
    ProductPickerDialog(ListingService *service, qint64 companyId, const QString &intro, QWidget *parent = nullptr);
    ~ProductPickerDialog() override;

    /** @brief The product of the selected row, or 0 when none is selected. */
    [[nodiscard]] qint64 selectedProductId() const;
    [[nodiscard]] ListingsModel *model() const { return m_model; }
    /** @brief Searches at once, as typing in the search field does after a pause. */
    void search(const QString &text);

private:
    void updateOkButton();

    std::unique_ptr<Ui::ProductPickerDialog> m_ui;
    ListingsModel *m_model = nullptr;
    QTimer *m_searchTimer = nullptr;
    qint64 m_companyId = 0;
};

} // namespace posbridge
