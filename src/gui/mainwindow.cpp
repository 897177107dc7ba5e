#include "gui/mainwindow.h"

namespace posbridge {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
}

} // namespace posbridge
