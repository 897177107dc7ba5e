#pragma once

#include <QMainWindow>

namespace posbridge {

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace posbridge
