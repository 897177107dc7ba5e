#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class WarehousesPage;
}

namespace posbridge {

class CompanyService;
class IdNameListModel;

/** @brief The warehouses of the selected company: add, rename and remove. */
class WarehousesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WarehousesPage)

public:
    explicit WarehousesPage(CompanyService *service, QWidget *parent = nullptr);
    ~WarehousesPage() override;

    void loadCompany(qint64 companyId);
    [[nodiscard]] int warehouseCount() const;

Q_SIGNALS:
    /** @brief Emitted when the list was (re)loaded. */
    void loaded();

private:
    void reload();
    void addWarehouse();
    void renameWarehouse();
    void removeWarehouse();
    void updateButtons();
    [[nodiscard]] int selectedRow() const;
    void showError(const QString &title, const QString &message);

    std::unique_ptr<Ui::WarehousesPage> m_ui;
    CompanyService *m_service = nullptr;
    IdNameListModel *m_model = nullptr;
    qint64 m_companyId = 0;
    quint64 m_generation = 0;
};

} // namespace posbridge
