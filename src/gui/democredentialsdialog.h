#pragma once

#include "sync/demoinfo.h"

#include <QDialog>

#include <memory>

namespace Ui {
class DemoCredentialsDialog;
}

namespace posbridge {

/** @brief Shows the sandbox's login e-mail and password, its address, and where the demo keeps its files. */
class DemoCredentialsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoCredentialsDialog)

public:
    explicit DemoCredentialsDialog(const DemoInfo &info, QWidget *parent = nullptr);
    ~DemoCredentialsDialog() override;

private:
    std::unique_ptr<Ui::DemoCredentialsDialog> m_ui;
};

} // namespace posbridge
