#include "mainwindowfixture.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTest>

using namespace posbridge;
using posbridge::testing::MainWindowFixture;

namespace {

QString actionName(const QAction *action)
{
    return action->text().remove(u'&');
}

/** The Alt+letter key that an "&"-marked text gives its menu or tab, upper case; empty without one. */
QString mnemonic(const QString &text)
{
    const QKeySequence sequence = QKeySequence::mnemonic(text);
    return sequence.isEmpty() ? QString() : sequence.toString(QKeySequence::PortableText);
}

} // namespace

/** Every Actions menu entry has a keyboard shortcut, and no two keys of the window collide. */
class TestMenuShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void actionsMenuEntriesHaveShortcuts();
    void shortcutsAreUnique();
    void menuAndTabMnemonicsAreUnique();

private:
    std::unique_ptr<MainWindowFixture> m_fixture;
};

void TestMenuShortcuts::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
    m_fixture = std::make_unique<MainWindowFixture>(true);
    QVERIFY2(m_fixture->ready(), qPrintable(m_fixture->failure));
}

void TestMenuShortcuts::actionsMenuEntriesHaveShortcuts()
{
    const auto *menu = m_fixture->window->findChild<QMenu *>(QStringLiteral("actionsMenu"));
    QVERIFY(menu);

    int entries = 0;
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator() || action->menu())
            continue;
        ++entries;
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(actionName(action)));
        // The menu shows the key beside the entry unless the shortcut works outside the window.
        QCOMPARE(action->shortcutContext(), Qt::WindowShortcut);
    }
    QVERIFY(entries >= 5);
}

void TestMenuShortcuts::shortcutsAreUnique()
{
    QHash<QKeySequence, QString> owners;
    for (const QAction *action : m_fixture->window->findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            const QString owner = owners.value(key);
            QVERIFY2(owner.isEmpty(),
                     qPrintable(QStringLiteral("%1 is the key of both %2 and %3")
                                    .arg(key.toString(QKeySequence::PortableText), owner, actionName(action))));
            owners.insert(key, actionName(action));
        }
    }
    QVERIFY(owners.size() >= 8);
}

void TestMenuShortcuts::menuAndTabMnemonicsAreUnique()
{
    // The menu bar's titles, the company tabs and the tabs inside the shown page all take
    // Alt+letter keys at the same time.
    QStringList windowTexts;
    for (const QAction *menu : m_fixture->window->menuBar()->actions())
        windowTexts.append(menu->text());
    QTabWidget *tabs = m_fixture->tabs();
    for (int index = 0; index < tabs->count(); ++index)
        windowTexts.append(tabs->tabText(index));

    for (int index = 0; index < tabs->count(); ++index) {
        QStringList texts = windowTexts;
        for (const QTabWidget *inner : tabs->widget(index)->findChildren<QTabWidget *>()) {
            for (int innerIndex = 0; innerIndex < inner->count(); ++innerIndex)
                texts.append(inner->tabText(innerIndex));
        }

        QHash<QString, QString> owners;
        for (const QString &text : std::as_const(texts)) {
            const QString name = QString(text).remove(u'&');
            const QString key = mnemonic(text);
            QVERIFY2(!key.isEmpty(), qPrintable(QStringLiteral("%1 has no Alt key").arg(name)));
            QVERIFY2(!owners.contains(key),
                     qPrintable(QStringLiteral("%1 opens both %2 and %3").arg(key, owners.value(key), name)));
            owners.insert(key, name);
        }
    }
}

QTEST_MAIN(TestMenuShortcuts)
#include "tst_menushortcuts.moc"
