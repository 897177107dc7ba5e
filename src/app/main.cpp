#include "gui/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    posbridge::MainWindow window;
    window.show();
    return app.exec();
}
