#pragma once

#include "storage/listingqueries.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CandidateChoiceDialog;
}

namespace posbridge {

/** @brief Shows the Lightspeed items that match a product, with their identifiers, and lets the admin pick one. */
class CandidateChoiceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CandidateChoiceDialog)

public:
    CandidateChoiceDialog(const Product &product, const QList<ListingCandidate> &candidates, QWidget *parent = nullptr);
    ~CandidateChoiceDialog() override;

    /** @brief The item of the selected row, or 0 when none is selected. */
    [[nodiscard]] qint64 selectedItemId() const;
    void selectItem(qint64 itemId);

private:
    void updateOkButton();

    std::unique_ptr<Ui::CandidateChoiceDialog> m_ui;
    QList<ListingCandidate> m_candidates;
};

} // namespace posbridge
