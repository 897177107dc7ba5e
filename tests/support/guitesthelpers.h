#pragma once

// Helpers for widget tests: answering modal dialogs and reaching widgets by object name.

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace posbridge::testing {

/** Calls respond with the next modal dialog that opens; polls every 10 ms until it appears. */
inline void onNextModal(std::function<void(QWidget *)> respond)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, respond] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal)
            return;
        timer->stop();
        timer->deleteLater();
        respond(modal);
    });
    timer->start();
}

/** Types text into the next QInputDialog and accepts it. */
inline void answerNextInput(const QString &text)
{
    onNextModal([text](QWidget *modal) {
        auto *dialog = qobject_cast<QInputDialog *>(modal);
        if (!dialog) {
            modal->close();
            return;
        }
        dialog->setTextValue(text);
        dialog->accept();
    });
}

/** Clicks the button with this standard role in the next QMessageBox; records its text. */
inline void answerNextMessage(QMessageBox::StandardButton button, QString *text = nullptr)
{
    onNextModal([button, text](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            modal->close();
            return;
        }
        if (text)
            *text = box->text() + u'\n' + box->informativeText();
        if (QAbstractButton *clicked = box->button(button))
            clicked->click();
        else
            box->reject();
    });
}

/** Clicks the button whose text is label in the next QMessageBox. */
inline void answerNextMessageWithText(const QString &label)
{
    onNextModal([label](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            modal->close();
            return;
        }
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(u'&') == label) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

/** Types text as key events, including characters outside ASCII that QTest::keyClicks rejects. */
inline void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

/** Finds a child widget by object name; fails the test with the name when it is missing. */
template<typename T>
T *child(QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("widget %s not found", name);
    return found;
}

} // namespace posbridge::testing
