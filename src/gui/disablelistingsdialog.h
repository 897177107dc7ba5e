#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class DisableListingsDialog;
}

namespace posbridge {

/** @brief Confirms disabling listings, with the choice to archive their Lightspeed items too. */
class DisableListingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DisableListingsDialog)

public:
    /** @brief linkedCount is how many of the products have a Lightspeed item that could be archived. */
    DisableListingsDialog(int productCount, int linkedCount, QWidget *parent = nullptr);
    ~DisableListingsDialog() override;

    [[nodiscard]] bool archiveRequested() const;
    void setArchiveRequested(bool archive);

private:
    std::unique_ptr<Ui::DisableListingsDialog> m_ui;
};

} // namespace posbridge
