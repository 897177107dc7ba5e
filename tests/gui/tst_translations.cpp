// Checks the French catalogue: every message is translated, keeps its source's placeholders,
// follows French punctuation, and the catalogue contains exactly the texts lupdate finds in the sources.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <utility>

namespace {

using namespace Qt::StringLiterals;

/** @brief One <message> of a Qt Linguist .ts file. */
struct CatalogueEntry
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType;  ///< "unfinished", "vanished", "obsolete", or empty when finished
    QStringList translations; ///< one text, or one per plural form
};

QString entryName(const CatalogueEntry &entry)
{
    QString name = entry.context + u" | "_s + entry.source;
    if (!entry.comment.isEmpty())
        name += u" ("_s + entry.comment + u')';
    return name;
}

void readTranslation(QXmlStreamReader &xml, CatalogueEntry &entry)
{
    entry.translationType = xml.attributes().value(u"type"_s).toString();
    if (!entry.numerus) {
        entry.translations = {xml.readElementText()};
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numerusform")
            entry.translations << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
}

CatalogueEntry readMessage(QXmlStreamReader &xml, const QString &context)
{
    CatalogueEntry entry;
    entry.context = context;
    entry.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source")
            entry.source = xml.readElementText();
        else if (xml.name() == u"comment")
            entry.comment = xml.readElementText();
        else if (xml.name() == u"translation")
            readTranslation(xml, entry);
        else
            xml.skipCurrentElement();
    }
    return entry;
}

/** @brief Reads every message of a .ts file; returns an empty list, with a warning, when it cannot be read. */
QList<CatalogueEntry> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Cannot open %s: %s", qPrintable(path), qPrintable(file.errorString()));
        return {};
    }
    QList<CatalogueEntry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            entries << readMessage(xml, context);
    }
    if (xml.hasError()) {
        qWarning("%s is not valid XML: %s", qPrintable(path), qPrintable(xml.errorString()));
        return {};
    }
    return entries;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(u"%(?:n|L?\\d{1,2})"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured());
    return found;
}

QString placeholderList(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list.join(u' ');
}

// Words that French writes as English does. A translation equal to its source passes only when
// every word of it is here. Keep the list short: each entry needs a reason.
const QSet<QString> SHARED_WORDS = {
    // Names of the product and of the software it bundles or talks to.
    u"POS"_s, u"Bridge"_s, u"Lightspeed"_s, u"Qt"_s, u"QtKeychain"_s, u"WebEngine"_s, u"Chromium"_s, u"SQLite"_s,
    u"OpenSSL"_s, u"GNU"_s, u"GPL"_s, u"LGPL"_s, u"BSD"_s, u"Clause"_s, u"Charts"_s, u"GLib"_s, u"libsecret"_s,
    // Lightspeed's API names of the credentials, kept as Lightspeed's developer portal shows them.
    u"Client"_s, u"ID"_s, u"Secret"_s, u"AccountID"_s, u"Redirect"_s, u"URI"_s,
    // Identifier standards, URL schemes and unit symbols.
    u"SKU"_s, u"UPC"_s, u"EAN"_s, u"https"_s, u"ms"_s, u"s"_s, u"min"_s, u"h"_s,
    // French words spelled like their English source.
    u"Actions"_s, u"Description"_s, u"Licence"_s, u"Message"_s, u"Ticket"_s, u"Total"_s, u"Version"_s};

QStringList words(const QString &text)
{
    static const QRegularExpression wordPattern(u"[^\\W\\d_]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    QString plain = text;
    plain.remove(u'&');
    plain.remove(QRegularExpression(u"%(?:n|L?\\d{1,2})"_s));
    QStringList found;
    for (const QRegularExpressionMatch &match : wordPattern.globalMatch(plain))
        found << match.captured();
    return found;
}

// Shortcut texts such as "Ctrl+Shift+O" stay as the source writes them; Qt shows them localised.
bool isKeySequence(const QString &text)
{
    static const QRegularExpression shortcut(u"^(?:(?:Ctrl|Shift|Alt|Meta)\\+)+(?:[A-Z0-9]|F\\d{1,2})$"_s);
    return shortcut.match(text).hasMatch();
}

/** @brief Lists the problems of French punctuation in a translation, or an empty list. */
QStringList punctuationProblems(const QString &text)
{
    QStringList problems;
    if (text.contains(u'“') || text.contains(u'”'))
        problems << u"uses “ ” where French uses « »"_s;
    // A colon, semicolon, question or exclamation mark that ends a clause takes a no-break space.
    static const QRegularExpression spaceBefore(u"(?<![\\x{00A0}\\x{202F}])[:;!?](?=\\s|$)"_s);
    if (spaceBefore.match(text).hasMatch())
        problems << u"lacks a no-break space before : ; ! or ?"_s;
    static const QRegularExpression guillemets(u"«(?![\\x{00A0}\\x{202F}])|(?<![\\x{00A0}\\x{202F}])»"_s);
    if (guillemets.match(text).hasMatch())
        problems << u"lacks a no-break space inside « »"_s;
    return problems;
}

QString entryKey(const CatalogueEntry &entry)
{
    QString key = entry.context + u'\x1f' + entry.source;
    if (!entry.comment.isEmpty())
        key += u'\x1f' + entry.comment;
    if (entry.numerus)
        key += u"\x1fplural"_s;
    return key;
}

QString keyText(QString key)
{
    key.replace(u'\x1f', u" | "_s);
    return key;
}

/** @brief The files lupdate reads for the catalogue, as src/gui/CMakeLists.txt selects them. */
QStringList translatableSources(const QString &root)
{
    QStringList files;
    for (const auto &[folder, filters] :
         {std::pair{u"src"_s, QStringList{u"*.cpp"_s, u"*.h"_s}}, std::pair{u"ui"_s, QStringList{u"*.ui"_s}}}) {
        QDirIterator it(root + u'/' + folder, filters, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(u"/src/sandbox/"))
                files << path;
        }
    }
    files.sort();
    return files;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyMessageFinished();
    void placeholdersMatchSource();
    void translationsDifferFromSource();
    void frenchPunctuationFollowed();
    void catalogueMatchesSources();

private:
    QList<CatalogueEntry> m_entries;
};

void TestTranslations::initTestCase()
{
    m_entries = readCatalogue(QStringLiteral(POSBRIDGE_FRENCH_TS));
    QVERIFY2(!m_entries.isEmpty(), POSBRIDGE_FRENCH_TS " has no messages");
}

void TestTranslations::everyMessageFinished()
{
    QStringList problems;
    for (const CatalogueEntry &entry : std::as_const(m_entries)) {
        if (!entry.translationType.isEmpty())
            problems << u"%1: marked %2"_s.arg(entryName(entry), entry.translationType);
        // French has two plural forms in Qt: one for 0 and 1, one for 2 and more.
        const qsizetype expectedForms = entry.numerus ? 2 : 1;
        if (entry.translations.size() != expectedForms)
            problems << u"%1: %2 forms instead of %3"_s.arg(entryName(entry))
                            .arg(entry.translations.size())
                            .arg(expectedForms);
        for (const QString &text : entry.translations) {
            if (text.trimmed().isEmpty())
                problems << u"%1: empty translation"_s.arg(entryName(entry));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::placeholdersMatchSource()
{
    QStringList problems;
    for (const CatalogueEntry &entry : std::as_const(m_entries)) {
        const QSet<QString> expected = placeholders(entry.source);
        for (const QString &text : entry.translations) {
            const QSet<QString> found = placeholders(text);
            if (found != expected)
                problems << u"%1: has {%2} where the source has {%3}"_s.arg(entryName(entry), placeholderList(found),
                                                                            placeholderList(expected));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::translationsDifferFromSource()
{
    QStringList problems;
    for (const CatalogueEntry &entry : std::as_const(m_entries)) {
        const QStringList sourceWords = words(entry.source);
        if (sourceWords.isEmpty() || isKeySequence(entry.source))
            continue;
        for (const QString &text : entry.translations) {
            if (words(text).join(u' ').toLower() != sourceWords.join(u' ').toLower())
                continue;
            const bool shared = std::all_of(sourceWords.cbegin(), sourceWords.cend(), [](const QString &word) {
                return std::any_of(SHARED_WORDS.cbegin(), SHARED_WORDS.cend(), [&](const QString &sharedWord) {
                    return sharedWord.compare(word, Qt::CaseInsensitive) == 0;
                });
            });
            if (!shared)
                problems << u"%1: left in English"_s.arg(entryName(entry));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::frenchPunctuationFollowed()
{
    QStringList problems;
    for (const CatalogueEntry &entry : std::as_const(m_entries)) {
        for (const QString &text : entry.translations) {
            for (const QString &problem : punctuationProblems(text))
                problems << u"%1: %2"_s.arg(entryName(entry), problem);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestTranslations::catalogueMatchesSources()
{
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QStringList sources = translatableSources(QStringLiteral(POSBRIDGE_SOURCE_DIR));
    QVERIFY(!sources.isEmpty());
    QFile list(scratch.filePath(u"sources.lst"_s));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write(sources.join(u'\n').toUtf8() + '\n');
    list.close();

    const QString scratchTs = scratch.filePath(u"scratch_fr.ts"_s);
    QProcess lupdate;
    // Headers are included as "<layer>/file.h". Without src/ on the include path lupdate cannot
    // find the classes, so it would file their messages under other contexts than the build does.
    const QString includePath = QStringLiteral(POSBRIDGE_SOURCE_DIR "/src");
    lupdate.start(QStringLiteral(POSBRIDGE_LUPDATE), {u"@"_s + list.fileName(), u"-I"_s, includePath, u"-no-obsolete"_s,
                                                      u"-silent"_s, u"-ts"_s, scratchTs});
    QVERIFY2(lupdate.waitForFinished(60'000), qPrintable(lupdate.errorString()));
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
             lupdate.readAllStandardError().constData());

    QSet<QString> inSources;
    for (const CatalogueEntry &entry : readCatalogue(scratchTs))
        inSources.insert(entryKey(entry));
    QVERIFY(!inSources.isEmpty());
    QSet<QString> inCatalogue;
    for (const CatalogueEntry &entry : std::as_const(m_entries))
        inCatalogue.insert(entryKey(entry));

    QStringList problems;
    for (const QString &key : inSources - inCatalogue)
        problems << u"new in the sources: "_s + keyText(key);
    for (const QString &key : inCatalogue - inSources)
        problems << u"no longer in the sources: "_s + keyText(key);
    problems.sort();
    QVERIFY2(problems.isEmpty(),
             qPrintable(u"translations/posbridge_fr.ts is out of date; run `cmake --build build --target "
                        "update_translations` and translate the new messages.\n"_s +
                        problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
