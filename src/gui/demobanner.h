#pragma once

#include "sync/demoinfo.h"

#include <QFrame>
#include <QStyle>

#include <memory>

namespace Ui {
class DemoBanner;
}

namespace posbridge {

/** @brief The strip above the company pages that marks the window as a demo and shows how to log in to the sandbox. */
class DemoBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoBanner)

public:
    explicit DemoBanner(const DemoInfo &info, QWidget *parent = nullptr);
    ~DemoBanner() override;

    /** @brief The text shown, for tests and screen readers. */
    [[nodiscard]] QString text() const;
    /** @brief Replaces the text with a warning that the sandbox stopped, and shows the banner again. */
    void showSandboxStopped(int exitCode, bool crashed);

Q_SIGNALS:
    /** @brief Emitted when the admin requests the demo credentials. */
    void credentialsRequested();

private:
    void setIcon(QStyle::StandardPixmap standardPixmap);

    std::unique_ptr<Ui::DemoBanner> m_ui;
};

} // namespace posbridge
