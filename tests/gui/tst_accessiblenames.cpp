#include "mainwindowfixture.h"

#include "core/product.h"
#include "gui/aboutdialog.h"
#include "gui/candidatechoicedialog.h"
#include "gui/democredentialsdialog.h"
#include "gui/disablelistingsdialog.h"
#include "gui/exportdialog.h"
#include "gui/importdialog.h"
#include "gui/productpickerdialog.h"
#include "gui/webview/fetchtokendialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

using namespace posbridge;
using posbridge::testing::MainWindowFixture;

namespace {

bool isInteractive(const QWidget *widget)
{
    if (qobject_cast<const QScrollBar *>(widget) || qobject_cast<const QHeaderView *>(widget))
        return false;
    return qobject_cast<const QAbstractButton *>(widget) || qobject_cast<const QLineEdit *>(widget) ||
           qobject_cast<const QComboBox *>(widget) || qobject_cast<const QAbstractSpinBox *>(widget) ||
           qobject_cast<const QAbstractItemView *>(widget) || qobject_cast<const QAbstractSlider *>(widget) ||
           qobject_cast<const QPlainTextEdit *>(widget) || qobject_cast<const QTextEdit *>(widget);
}

// The parts that Qt builds inside a control (a spin box's line edit, a line edit's clear
// button, a view's corner button, the scroll arrows of a tab bar, the overflow button of
// a menu bar) take their name from it. A
// widget placed in a view's cell (QAbstractItemView::setIndexWidget) is a control of its own.
bool isPartOfControl(const QWidget *widget, const QWidget *root)
{
    const QWidget *child = widget;
    for (const QWidget *parent = widget->parentWidget(); parent && parent != root;
         child = parent, parent = parent->parentWidget()) {
        if (const auto *view = qobject_cast<const QAbstractItemView *>(parent); view && child == view->viewport())
            return false;
        if (qobject_cast<const QTabBar *>(parent) || qobject_cast<const QMenuBar *>(parent) || isInteractive(parent))
            return true;
    }
    return false;
}

/** The interactive controls under root that a screen reader cannot name. */
QStringList unnamedControls(QWidget *root)
{
    QList<const QWidget *> labelled;
    for (const QLabel *label : root->findChildren<QLabel *>()) {
        if (label->buddy() && !label->text().isEmpty())
            labelled.append(label->buddy());
    }

    QStringList unnamed;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!isInteractive(widget) || isPartOfControl(widget, root))
            continue;
        if (!widget->accessibleName().trimmed().isEmpty() || labelled.contains(widget))
            continue;
        // A button's text is its name, as for the buttons of a QDialogButtonBox.
        if (const auto *button = qobject_cast<const QAbstractButton *>(widget);
            button && !button->text().remove(u'&').trimmed().isEmpty())
            continue;
        unnamed.append(QStringLiteral("%1 %2 in %3")
                           .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                widget->parentWidget() ? widget->parentWidget()->objectName() : QString()));
    }
    return unnamed;
}

Product sampleProduct(qint64 companyId)
{
    Product product;
    product.id = 1;
    product.companyId = companyId;
    product.sku = QStringLiteral("SKU-1");
    product.name = QStringLiteral("Sample product");
    return product;
}

QList<ListingCandidate> sampleCandidates()
{
    ListingCandidate first;
    first.itemId = 11;
    first.customSku = QStringLiteral("SKU-1");
    first.description = QStringLiteral("First item");
    ListingCandidate second = first;
    second.itemId = 12;
    second.description = QStringLiteral("Second item");
    return {first, second};
}

} // namespace

/** Every control of the main window and of its dialogs has a name for screen readers. */
class TestAccessibleNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void mainWindowControlsNamed();
    void dialogControlsNamed_data();
    void dialogControlsNamed();

private:
    std::unique_ptr<QDialog> createDialog(const QString &name, MainWindowFixture &fixture);
};

void TestAccessibleNames::initTestCase()
{
    QApplication::setQuitOnLastWindowClosed(false);
}

void TestAccessibleNames::mainWindowControlsNamed()
{
    MainWindowFixture fixture(true);
    QVERIFY2(fixture.ready(), qPrintable(fixture.failure));
    QTabWidget *tabs = fixture.tabs();

    // Pages may build controls when they are first shown, so check the window on every tab.
    for (int index = 0; index < tabs->count(); ++index) {
        tabs->setCurrentIndex(index);
        QApplication::processEvents();
        const QStringList unnamed = unnamedControls(fixture.window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(tabs->tabText(index).remove(u'&') + QStringLiteral(": ") +
                                               unnamed.join(QStringLiteral("; "))));
    }
}

void TestAccessibleNames::dialogControlsNamed_data()
{
    QTest::addColumn<QString>("dialog");

    for (const char *name : {"about", "export", "import", "demo credentials", "disable listings", "candidate choice",
                             "product picker", "fetch token"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestAccessibleNames::dialogControlsNamed()
{
    QFETCH(QString, dialog);
    MainWindowFixture fixture;
    QVERIFY2(fixture.ready(), qPrintable(fixture.failure));

    const std::unique_ptr<QDialog> opened = createDialog(dialog, fixture);
    QVERIFY(opened);
    opened->show();
    QVERIFY(QTest::qWaitForWindowExposed(opened.get()));

    const QStringList unnamed = unnamedControls(opened.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
}

std::unique_ptr<QDialog> TestAccessibleNames::createDialog(const QString &name, MainWindowFixture &fixture)
{
    QWidget *parent = fixture.window.get();
    if (name == QLatin1String("about"))
        return std::make_unique<AboutDialog>(parent);
    if (name == QLatin1String("export")) {
        const auto companies = fixture.companies->listCompanies().result();
        return std::make_unique<ExportDialog>(fixture.exports->kinds(), companies.value(), fixture.companyId, parent);
    }
    if (name == QLatin1String("import"))
        return std::make_unique<ImportDialog>(fixture.imports.get(), fixture.companyId, QStringLiteral("Test Company"),
                                              parent);
    if (name == QLatin1String("demo credentials")) {
        DemoInfo info;
        info.sandboxUrl = QStringLiteral("http://127.0.0.1:9");
        info.loginEmail = QStringLiteral("admin@example.com");
        info.loginPassword = QStringLiteral("demo-password");
        return std::make_unique<DemoCredentialsDialog>(info, parent);
    }
    if (name == QLatin1String("disable listings"))
        return std::make_unique<DisableListingsDialog>(3, 2, parent);
    if (name == QLatin1String("candidate choice"))
        return std::make_unique<CandidateChoiceDialog>(sampleProduct(fixture.companyId), sampleCandidates(), parent);
    if (name == QLatin1String("product picker"))
        return std::make_unique<ProductPickerDialog>(fixture.listings.get(), fixture.companyId,
                                                     QStringLiteral("Choose the product."), parent);
    if (name == QLatin1String("fetch token")) {
        // Port 9 (discard) on loopback: the dialog is never started, so nothing is loaded.
        return std::make_unique<FetchTokenDialog>(QUrl(QStringLiteral("http://127.0.0.1:9/oauth/authorize")),
                                                  QUrl(QStringLiteral("http://127.0.0.1:9/callback")),
                                                  QStringLiteral("state"), parent);
    }
    return nullptr;
}

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
