#include "gui/settingspage.h"

#include "ui_settingspage.h"

#include "core/futures.h"
#include "gui/logging.h"
#include "gui/themeicon.h"
#include "sync/connectionmanager.h"

#include <QAction>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace posbridge {

namespace {

constexpr int SECONDS_PER_MINUTE = 60;
constexpr int SECONDS_PER_HOUR = 3600;

// Shown in place of a stored token: the form never holds the token itself.
QString tokenMask()
{
    return QString(24, QChar(0x2022));
}

QString skuFieldLabel(SkuField field)
{
    switch (field) {
    case SkuField::CustomSku:
        return SettingsPage::tr("Custom SKU");
    case SkuField::Upc:
        return SettingsPage::tr("UPC");
    case SkuField::Ean:
        return SettingsPage::tr("EAN");
    case SkuField::ManufacturerSku:
        return SettingsPage::tr("Manufacturer SKU");
    case SkuField::SystemSku:
        return SettingsPage::tr("System SKU");
    }
    return {};
}

const QList<SkuField> ALL_SKU_FIELDS = {SkuField::CustomSku, SkuField::Upc, SkuField::Ean, SkuField::ManufacturerSku,
                                        SkuField::SystemSku};

} // namespace

SettingsPage::SettingsPage(CompanyService *service, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SettingsPage>())
    , m_service(service)
{
    m_ui->setupUi(this);
    setUpEditors();
    setUpSections();
    setUpSkuOrder();
    connectEditors();
    connect(m_service, &CompanyService::warehousesChanged, this, &SettingsPage::onWarehousesChanged);
    m_ui->scrollContents->setEnabled(false);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::setUpEditors()
{
    // GNOME's Adwaita theme has these icons; other themes get the bundled ones in the text colour.
    const auto revealIcon = [this] {
        return themeIcon(QStringLiteral("view-reveal-symbolic"), QStringLiteral(":/icons/reveal.svg"), palette());
    };
    const auto concealIcon = [this] {
        return themeIcon(QStringLiteral("view-conceal-symbolic"), QStringLiteral(":/icons/conceal.svg"), palette());
    };
    auto *reveal = m_ui->clientSecretEdit->addAction(revealIcon(), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setText(tr("Show Client Secret"));
    reveal->setToolTip(tr("Shows or hides the Client Secret."));
    reveal->setObjectName(QStringLiteral("revealClientSecretAction"));
    connect(reveal, &QAction::toggled, this, [this, reveal, revealIcon, concealIcon](bool shown) {
        m_ui->clientSecretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setIcon(shown ? concealIcon() : revealIcon());
        reveal->setText(shown ? tr("Hide Client Secret") : tr("Show Client Secret"));
    });

    for (QLineEdit *token : {m_ui->authTokenEdit, m_ui->refreshTokenEdit})
        token->setEchoMode(QLineEdit::Password);

    // Editable drop-downs start empty; give them the width of the line edits around them.
    for (QComboBox *combo : {m_ui->shopNameCombo, m_ui->employeeCombo})
        combo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (QComboBox *combo : {m_ui->returnsWarehouseCombo, m_ui->sellingWarehouseCombo}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
    }

    m_ui->bannerCloseButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    connect(m_ui->bannerCloseButton, &QToolButton::clicked, this, &SettingsPage::clearMessage);
}

void SettingsPage::setUpSections()
{
    const auto makeCollapsible = [](QToolButton *toggle, QWidget *body) {
        QObject::connect(toggle, &QToolButton::toggled, body, [toggle, body](bool expanded) {
            body->setVisible(expanded);
            toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        });
    };
    makeCollapsible(m_ui->syncOptionsToggle, m_ui->syncOptionsBody);
    makeCollapsible(m_ui->advancedToggle, m_ui->advancedBody);
    connect(m_ui->restoreEndpointsButton, &QPushButton::clicked, this, &SettingsPage::restoreEndpointDefaults);
}

void SettingsPage::setUpSkuOrder()
{
    for (SkuField field : ALL_SKU_FIELDS) {
        auto *item = new QListWidgetItem(skuFieldLabel(field), m_ui->skuOrderList);
        item->setData(Qt::UserRole, int(field));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(Qt::Unchecked);
    }
    m_ui->skuOrderList->setMaximumHeight(m_ui->skuOrderList->sizeHintForRow(0) * 6);
    connect(m_ui->skuUpButton, &QToolButton::clicked, this, [this] { moveSkuItem(-1); });
    connect(m_ui->skuDownButton, &QToolButton::clicked, this, [this] { moveSkuItem(1); });
}

void SettingsPage::connectEditors()
{
    const auto changed = [this] {
        if (!m_populating)
            refreshState();
    };
    for (QCheckBox *box : {m_ui->posEnabledCheck, m_ui->orderDownloadCheck, m_ui->inventoryUploadCheck})
        connect(box, &QCheckBox::toggled, this, changed);
    for (QLineEdit *edit :
         {m_ui->clientIdEdit, m_ui->clientSecretEdit, m_ui->accountIdEdit, m_ui->redirectUriEdit,
          m_ui->authorizeUrlEdit, m_ui->tokenUrlEdit, m_ui->revokeUrlEdit, m_ui->apiBaseUrlEdit, m_ui->scopesEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QComboBox *combo : {m_ui->shopNameCombo, m_ui->employeeCombo})
        connect(combo, &QComboBox::currentTextChanged, this, changed);
    for (QComboBox *combo : {m_ui->returnsWarehouseCombo, m_ui->sellingWarehouseCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QSpinBox *spin : {m_ui->safetyBufferSpin, m_ui->orderIntervalSpin, m_ui->inventoryIntervalSpin,
                           m_ui->postingIntervalSpin, m_ui->reconciliationIntervalSpin, m_ui->historyRetentionSpin})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QSpinBox *spin : {m_ui->safetyBufferSpin, m_ui->historyRetentionSpin})
        connect(spin, &QSpinBox::valueChanged, this, &SettingsPage::updateCountSuffixes);
    updateCountSuffixes();
    connect(m_ui->skuOrderList->model(), &QAbstractItemModel::dataChanged, this, changed);
    connect(m_ui->skuOrderList->model(), &QAbstractItemModel::rowsMoved, this, changed);

    connect(m_ui->accountIdEdit, &QLineEdit::textEdited, this, [this] {
        if (m_fieldErrors.remove(SettingsField::AccountId) > 0)
            refreshState();
    });

    connect(m_ui->saveButton, &QPushButton::clicked, this, &SettingsPage::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &SettingsPage::revert);
}

void SettingsPage::loadCompany(qint64 companyId)
{
    const quint64 generation = ++m_generation;
    m_companyId = companyId;
    m_loaded = false;
    m_saving = false;
    m_hasTokens = false;
    m_fieldErrors.clear();
    clearMessage();
    m_ui->scrollContents->setEnabled(false);
    if (companyId == 0) {
        m_loading = false;
        m_stored = {};
        refreshState();
        return;
    }
    m_loading = true;
    refreshState();
    loadWarehousesThenSettings(generation);
}

void SettingsPage::loadWarehousesThenSettings(quint64 generation)
{
    const qint64 companyId = m_companyId;
    whenFinished(
        m_service->listWarehouses(companyId), this, [this, generation, companyId](Result<QList<Warehouse>> warehouses) {
            if (generation != m_generation)
                return;
            if (!warehouses) {
                m_loading = false;
                showMessage(warehouses.error().message, MessageKind::Error);
                refreshState();
                return;
            }
            m_warehouses = *warehouses;
            whenFinished(m_service->loadSettings(companyId), this, [this, generation](Result<LoadedSettings> result) {
                if (generation != m_generation)
                    return;
                m_loading = false;
                if (!result) {
                    showMessage(result.error().message, MessageKind::Error);
                    refreshState();
                    return;
                }
                populate(*result);
                if (result->keychainError)
                    showMessage(result->keychainError->message, MessageKind::Warning);
                m_loaded = true;
                m_ui->scrollContents->setEnabled(true);
                refreshState();
                Q_EMIT loaded(m_companyId);
            });
        });
}

// The form's fixed suffixes cannot agree with the count; these follow it, so that languages such
// as French can write "1 unité" but "2 unités". English keeps one form for every count.
void SettingsPage::updateCountSuffixes()
{
    m_ui->safetyBufferSpin->setSuffix(tr(" units", "suffix after the safety buffer", m_ui->safetyBufferSpin->value()));
    m_ui->historyRetentionSpin->setSuffix(
        tr(" days", "suffix after the history retention", m_ui->historyRetentionSpin->value()));
}

void SettingsPage::onWarehousesChanged(qint64 companyId)
{
    if (companyId != m_companyId || !m_loaded)
        return;
    const quint64 generation = m_generation;
    whenFinished(m_service->listWarehouses(companyId), this, [this, generation](Result<QList<Warehouse>> warehouses) {
        if (generation != m_generation || !warehouses)
            return;
        m_warehouses = *warehouses;
        const qint64 returnsId = m_ui->returnsWarehouseCombo->currentData().toLongLong();
        const qint64 sellingId = m_ui->sellingWarehouseCombo->currentData().toLongLong();
        m_populating = true;
        populateWarehouses();
        selectWarehouse(m_ui->returnsWarehouseCombo, returnsId);
        selectWarehouse(m_ui->sellingWarehouseCombo, sellingId);
        m_populating = false;
        refreshState();
    });
}

void SettingsPage::populate(const LoadedSettings &loaded)
{
    m_stored = loaded;
    m_fieldErrors.clear();
    // The form only needs to know that tokens exist, so it drops them after loading.
    m_hasTokens = loaded.secrets.hasTokens();
    m_stored.secrets.accessToken.clear();
    m_stored.secrets.refreshToken.clear();
    const IntegrationSettings &s = loaded.settings;
    m_populating = true;

    m_ui->posEnabledCheck->setChecked(s.posEnabled);
    m_ui->clientIdEdit->setText(s.clientId);
    m_ui->clientSecretEdit->setText(loaded.secrets.clientSecret);
    m_ui->accountIdEdit->setText(s.accountId);
    m_ui->shopNameCombo->setEditText(s.shopName);
    m_ui->employeeCombo->setEditText(s.employeeId);
    m_ui->redirectUriEdit->setText(s.redirectUri);
    populateTokens(s);
    populateWarehouses();
    selectWarehouse(m_ui->returnsWarehouseCombo, s.returnsWarehouseId);
    m_ui->orderDownloadCheck->setChecked(s.orderDownloadEnabled);
    m_ui->inventoryUploadCheck->setChecked(s.inventoryUploadEnabled);

    selectWarehouse(m_ui->sellingWarehouseCombo, s.sellingWarehouseId);
    populateSkuOrder(s.skuMatchingOrder);
    m_ui->safetyBufferSpin->setValue(int(s.safetyBuffer.truncated()));
    m_ui->orderIntervalSpin->setValue(s.orderDownloadIntervalSeconds);
    m_ui->inventoryIntervalSpin->setValue(s.inventoryUploadIntervalSeconds);
    m_ui->postingIntervalSpin->setValue(s.postingIntervalSeconds / SECONDS_PER_MINUTE);
    m_ui->reconciliationIntervalSpin->setValue(s.reconciliationIntervalSeconds / SECONDS_PER_HOUR);
    m_ui->historyRetentionSpin->setValue(s.historyRetentionDays);

    m_ui->authorizeUrlEdit->setText(s.authorizeUrl);
    m_ui->tokenUrlEdit->setText(s.tokenUrl);
    m_ui->revokeUrlEdit->setText(s.revokeUrl);
    m_ui->apiBaseUrlEdit->setText(s.apiBaseUrl);
    m_ui->scopesEdit->setText(s.scopes.join(u' '));

    m_populating = false;
}

void SettingsPage::populateTokens(const IntegrationSettings &settings)
{
    m_ui->authTokenEdit->setText(m_hasTokens ? tokenMask() : QString());
    m_ui->refreshTokenEdit->setText(m_hasTokens ? tokenMask() : QString());
    const QDateTime received = settings.tokenReceivedOn;
    m_ui->tokenReceivedEdit->setText(
        received.isValid() ? QLocale().toString(received.toLocalTime(), QLocale::ShortFormat) : QString());
    m_ui->tokenReceivedEdit->setToolTip(received.isValid()
                                            ? tr("Received on %1 (UTC: %2).")
                                                  .arg(QLocale().toString(received.toLocalTime(), QLocale::LongFormat),
                                                       received.toUTC().toString(Qt::ISODate))
                                            : tr("When the current token was received, in your local time."));
}

void SettingsPage::populateWarehouses()
{
    for (QComboBox *combo : {m_ui->returnsWarehouseCombo, m_ui->sellingWarehouseCombo}) {
        combo->clear();
        combo->addItem(tr("(None)"), qint64(0));
        for (const Warehouse &warehouse : std::as_const(m_warehouses))
            combo->addItem(warehouse.name, warehouse.id);
    }
}

void SettingsPage::selectWarehouse(QComboBox *combo, qint64 warehouseId)
{
    const int index = combo->findData(warehouseId);
    if (index >= 0) {
        combo->setCurrentIndex(index);
        return;
    }
    // Keep a reference to a warehouse that no longer exists visible, so validation can flag it.
    combo->addItem(tr("(Removed warehouse)"), warehouseId);
    combo->setCurrentIndex(combo->count() - 1);
}

void SettingsPage::populateSkuOrder(const QList<SkuField> &order)
{
    QList<SkuField> rows = order;
    for (SkuField field : ALL_SKU_FIELDS) {
        if (!rows.contains(field))
            rows << field;
    }
    for (int row = 0; row < rows.size(); ++row) {
        QListWidgetItem *item = m_ui->skuOrderList->item(row);
        item->setText(skuFieldLabel(rows[row]));
        item->setData(Qt::UserRole, int(rows[row]));
        item->setCheckState(order.contains(rows[row]) ? Qt::Checked : Qt::Unchecked);
    }
}

void SettingsPage::moveSkuItem(int offset)
{
    const int row = m_ui->skuOrderList->currentRow();
    const int target = row + offset;
    if (row < 0 || target < 0 || target >= m_ui->skuOrderList->count())
        return;
    QListWidgetItem *item = m_ui->skuOrderList->takeItem(row);
    m_ui->skuOrderList->insertItem(target, item);
    m_ui->skuOrderList->setCurrentRow(target);
    refreshState();
}

QList<SkuField> SettingsPage::currentSkuOrder() const
{
    QList<SkuField> order;
    for (int row = 0; row < m_ui->skuOrderList->count(); ++row) {
        const QListWidgetItem *item = m_ui->skuOrderList->item(row);
        if (item->checkState() == Qt::Checked)
            order << SkuField(item->data(Qt::UserRole).toInt());
    }
    return order;
}

void SettingsPage::restoreEndpointDefaults()
{
    m_ui->authorizeUrlEdit->setText(LightspeedEndpoints::defaultAuthorizeUrl());
    m_ui->tokenUrlEdit->setText(LightspeedEndpoints::defaultTokenUrl());
    m_ui->revokeUrlEdit->setText(LightspeedEndpoints::defaultRevokeUrl());
    m_ui->apiBaseUrlEdit->setText(LightspeedEndpoints::defaultApiBaseUrl());
    m_ui->scopesEdit->setText(LightspeedEndpoints::defaultScopes().join(u' '));
}

IntegrationSettings SettingsPage::currentSettings() const
{
    IntegrationSettings s = m_stored.settings;
    s.companyId = m_companyId;
    s.posEnabled = m_ui->posEnabledCheck->isChecked();
    s.clientId = m_ui->clientIdEdit->text().trimmed();
    s.accountId = m_ui->accountIdEdit->text().trimmed();

    s.shopName = m_ui->shopNameCombo->currentText().trimmed();
    const int shopIndex = m_ui->shopNameCombo->findText(s.shopName, Qt::MatchFixedString);
    if (shopIndex >= 0)
        s.shopId = m_ui->shopNameCombo->itemData(shopIndex).toLongLong();
    else if (s.shopName.compare(m_stored.settings.shopName, Qt::CaseInsensitive) != 0)
        s.shopId = 0;

    const QString employeeText = m_ui->employeeCombo->currentText().trimmed();
    const int employeeIndex = m_ui->employeeCombo->findText(employeeText, Qt::MatchFixedString);
    if (employeeIndex >= 0) {
        s.employeeId = QString::number(m_ui->employeeCombo->itemData(employeeIndex).toLongLong());
        s.employeeName = employeeText;
    } else {
        s.employeeId = employeeText;
        if (employeeText != m_stored.settings.employeeId)
            s.employeeName.clear();
    }

    s.redirectUri = m_ui->redirectUriEdit->text().trimmed();
    s.returnsWarehouseId = m_ui->returnsWarehouseCombo->currentData().toLongLong();
    s.orderDownloadEnabled = m_ui->orderDownloadCheck->isChecked();
    s.inventoryUploadEnabled = m_ui->inventoryUploadCheck->isChecked();

    s.sellingWarehouseId = m_ui->sellingWarehouseCombo->currentData().toLongLong();
    s.skuMatchingOrder = currentSkuOrder();
    s.safetyBuffer = Decimal::fromInt(m_ui->safetyBufferSpin->value());
    s.orderDownloadIntervalSeconds = m_ui->orderIntervalSpin->value();
    s.inventoryUploadIntervalSeconds = m_ui->inventoryIntervalSpin->value();
    s.postingIntervalSeconds = m_ui->postingIntervalSpin->value() * SECONDS_PER_MINUTE;
    s.reconciliationIntervalSeconds = m_ui->reconciliationIntervalSpin->value() * SECONDS_PER_HOUR;
    s.historyRetentionDays = m_ui->historyRetentionSpin->value();

    s.authorizeUrl = m_ui->authorizeUrlEdit->text().trimmed();
    s.tokenUrl = m_ui->tokenUrlEdit->text().trimmed();
    s.revokeUrl = m_ui->revokeUrlEdit->text().trimmed();
    s.apiBaseUrl = m_ui->apiBaseUrlEdit->text().trimmed();
    s.scopes = m_ui->scopesEdit->text().split(u' ', Qt::SkipEmptyParts);
    return s;
}

QString SettingsPage::currentClientSecret() const
{
    return m_ui->clientSecretEdit->text();
}

bool SettingsPage::isDirty() const
{
    if (!m_loaded)
        return false;
    return !(currentSettings() == m_stored.settings) || currentClientSecret() != m_stored.secrets.clientSecret;
}

void SettingsPage::refreshState()
{
    if (m_loaded) {
        ValidationContext context;
        context.clientSecret = currentClientSecret();
        context.connected = m_hasTokens;
        for (const Warehouse &warehouse : std::as_const(m_warehouses))
            context.warehouseIds.insert(warehouse.id);
        for (int i = 0; i < m_ui->shopNameCombo->count(); ++i)
            context.knownShopNames << m_ui->shopNameCombo->itemText(i);
        m_issues = SettingsValidator::validate(currentSettings(), context);
    } else {
        m_issues.clear();
    }
    showIssues();

    const bool dirty = isDirty();
    m_ui->saveButton->setEnabled(m_loaded && dirty && isValid() && !m_saving);
    m_ui->revertButton->setEnabled(m_loaded && dirty && !m_saving);
    m_ui->unsavedLabel->setVisible(dirty);
    m_ui->scrollContents->setEnabled(m_loaded && !m_saving);
    if (dirty != m_lastDirty) {
        m_lastDirty = dirty;
        Q_EMIT dirtyChanged(dirty);
    }
    Q_EMIT formStateChanged();
}

QLabel *SettingsPage::issueLabel(SettingsField field) const
{
    switch (field) {
    case SettingsField::PosEnabled:
        return m_ui->posEnabledIssue;
    case SettingsField::ClientId:
        return m_ui->clientIdIssue;
    case SettingsField::ClientSecret:
        return m_ui->clientSecretIssue;
    case SettingsField::AccountId:
        return m_ui->accountIdIssue;
    case SettingsField::ShopName:
        return m_ui->shopNameIssue;
    case SettingsField::EmployeeId:
        return m_ui->employeeIssue;
    case SettingsField::RedirectUri:
        return m_ui->redirectUriIssue;
    case SettingsField::ReturnsWarehouse:
        return m_ui->returnsWarehouseIssue;
    case SettingsField::OrderDownload:
        return m_ui->orderDownloadIssue;
    case SettingsField::InventoryUpload:
        return m_ui->inventoryUploadIssue;
    case SettingsField::SellingWarehouse:
        return m_ui->sellingWarehouseIssue;
    case SettingsField::SkuMatchingOrder:
        return m_ui->skuOrderIssue;
    case SettingsField::SafetyBuffer:
        return m_ui->safetyBufferIssue;
    case SettingsField::Intervals:
        return m_ui->orderIntervalIssue;
    case SettingsField::HistoryRetention:
        return m_ui->historyRetentionIssue;
    case SettingsField::AuthorizeUrl:
        return m_ui->authorizeUrlIssue;
    case SettingsField::TokenUrl:
        return m_ui->tokenUrlIssue;
    case SettingsField::RevokeUrl:
        return m_ui->revokeUrlIssue;
    case SettingsField::ApiBaseUrl:
        return m_ui->apiBaseUrlIssue;
    case SettingsField::Scopes:
        return m_ui->scopesIssue;
    }
    return nullptr;
}

void SettingsPage::showIssues()
{
    static const QList<SettingsField> fields = {
        SettingsField::PosEnabled,      SettingsField::ClientId,         SettingsField::ClientSecret,
        SettingsField::AccountId,       SettingsField::ShopName,         SettingsField::EmployeeId,
        SettingsField::RedirectUri,     SettingsField::ReturnsWarehouse, SettingsField::OrderDownload,
        SettingsField::InventoryUpload, SettingsField::SellingWarehouse, SettingsField::SkuMatchingOrder,
        SettingsField::SafetyBuffer,    SettingsField::Intervals,        SettingsField::HistoryRetention,
        SettingsField::AuthorizeUrl,    SettingsField::TokenUrl,         SettingsField::RevokeUrl,
        SettingsField::ApiBaseUrl,      SettingsField::Scopes,
    };
    for (SettingsField field : fields) {
        QLabel *label = issueLabel(field);
        const QString message = m_issues.value(field, m_fieldErrors.value(field));
        label->setText(message.isEmpty() ? QString() : QStringLiteral("⚠ ") + message);
        label->setAccessibleDescription(message);
        label->setVisible(!message.isEmpty());
    }
    // A problem inside a collapsed group opens it, so the admin sees why Save is disabled.
    const bool syncIssue =
        m_issues.contains(SettingsField::SellingWarehouse) || m_issues.contains(SettingsField::SkuMatchingOrder) ||
        m_issues.contains(SettingsField::SafetyBuffer) || m_issues.contains(SettingsField::Intervals) ||
        m_issues.contains(SettingsField::HistoryRetention);
    if (syncIssue)
        m_ui->syncOptionsToggle->setChecked(true);
    const bool advancedIssue = m_issues.contains(SettingsField::AuthorizeUrl) ||
                               m_issues.contains(SettingsField::TokenUrl) ||
                               m_issues.contains(SettingsField::RevokeUrl) ||
                               m_issues.contains(SettingsField::ApiBaseUrl) || m_issues.contains(SettingsField::Scopes);
    if (advancedIssue)
        m_ui->advancedToggle->setChecked(true);
}

void SettingsPage::save()
{
    refreshState();
    if (!m_loaded || m_saving || !isDirty() || !isValid())
        return;

    const IntegrationSettings settings = currentSettings();
    std::optional<QString> clientSecret;
    if (currentClientSecret() != m_stored.secrets.clientSecret)
        clientSecret = currentClientSecret();

    m_saving = true;
    clearMessage();
    refreshState();
    const quint64 generation = m_generation;
    whenFinished(m_service->saveSettings(settings, clientSecret), this,
                 [this, generation, settings, clientSecret](VoidResult result) {
                     if (generation != m_generation)
                         return;
                     m_saving = false;
                     if (!result) {
                         qCWarning(lcGui).noquote() << "Saving settings failed:" << result.error().toLogString();
                         showMessage(result.error().message, MessageKind::Error);
                         refreshState();
                         Q_EMIT saveFailed(result.error().message);
                         return;
                     }
                     m_stored.settings = settings;
                     if (clientSecret)
                         m_stored.secrets.clientSecret = *clientSecret;
                     showMessage(tr("Settings saved."), MessageKind::Information);
                     refreshState();
                     Q_EMIT saved(m_companyId);
                 });
}

void SettingsPage::revert()
{
    if (!m_loaded)
        return;
    populate(m_stored);
    clearMessage();
    refreshState();
}

void SettingsPage::confirmLeave(const std::function<void()> &proceed)
{
    if (m_saving) {
        showMessage(tr("The settings are being saved. Try again in a moment."), MessageKind::Information);
        return;
    }
    if (!isDirty()) {
        proceed();
        return;
    }

    QMessageBox box(QMessageBox::Question, tr("Unsaved Changes"),
                    tr("The Lightspeed settings have changes that are not saved."), QMessageBox::NoButton, this);
    box.setInformativeText(isValid() ? tr("Save them before leaving?")
                                     : tr("Some fields are invalid, so the changes cannot be saved as they are."));
    QPushButton *saveButton = isValid() ? box.addButton(QMessageBox::Save) : nullptr;
    QPushButton *discardButton = box.addButton(QMessageBox::Discard);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();

    if (box.clickedButton() == discardButton) {
        revert();
        proceed();
        return;
    }
    if (saveButton && box.clickedButton() == saveButton) {
        auto connection = std::make_shared<QMetaObject::Connection>();
        auto failure = std::make_shared<QMetaObject::Connection>();
        *connection = connect(this, &SettingsPage::saved, this, [connection, failure, proceed](qint64) {
            QObject::disconnect(*connection);
            QObject::disconnect(*failure);
            proceed();
        });
        *failure = connect(this, &SettingsPage::saveFailed, this, [connection, failure](const QString &) {
            QObject::disconnect(*connection);
            QObject::disconnect(*failure);
        });
        save();
    }
}

void SettingsPage::setShops(const QList<Choice> &shops)
{
    const QString typed = m_ui->shopNameCombo->currentText();
    m_populating = true;
    m_ui->shopNameCombo->clear();
    for (const Choice &shop : shops)
        m_ui->shopNameCombo->addItem(shop.name, shop.id);
    m_ui->shopNameCombo->setEditText(typed);
    m_populating = false;
    refreshState();
}

void SettingsPage::setEmployees(const QList<Choice> &employees)
{
    const QString typed = m_ui->employeeCombo->currentText();
    m_populating = true;
    m_ui->employeeCombo->clear();
    QString match;
    for (const Choice &employee : employees) {
        m_ui->employeeCombo->addItem(employee.name, employee.id);
        if (QString::number(employee.id) == typed.trimmed())
            match = employee.name;
    }
    m_ui->employeeCombo->setEditText(match.isEmpty() ? typed : match);
    m_populating = false;
    refreshState();
}

void SettingsPage::applyStoredConnection(const IntegrationSettings &settings, const IntegrationSecrets &secrets)
{
    m_stored.settings.accountId = settings.accountId;
    m_stored.settings.tokenReceivedOn = settings.tokenReceivedOn;
    m_hasTokens = secrets.hasTokens();
    m_populating = true;
    if (m_ui->accountIdEdit->text().trimmed().isEmpty())
        m_ui->accountIdEdit->setText(settings.accountId);
    populateTokens(m_stored.settings);
    m_populating = false;
    refreshState();
}

ValidationIssues SettingsPage::fetchTokenIssues() const
{
    return SettingsValidator::validateForFetchToken(currentSettings(), currentClientSecret());
}

bool SettingsPage::canFetchToken() const
{
    return m_loaded && !isBusy() && fetchTokenIssues().isEmpty();
}

void SettingsPage::applyAuthorization(const AuthorizationOutcome &outcome, const QString &clientSecret)
{
    const IntegrationSettings &saved = outcome.settings;
    if (saved.companyId != m_companyId || !m_loaded)
        return;

    IntegrationSettings &stored = m_stored.settings;
    stored.clientId = saved.clientId;
    stored.redirectUri = saved.redirectUri;
    stored.authorizeUrl = saved.authorizeUrl;
    stored.tokenUrl = saved.tokenUrl;
    stored.revokeUrl = saved.revokeUrl;
    stored.apiBaseUrl = saved.apiBaseUrl;
    stored.scopes = saved.scopes;
    stored.accountId = saved.accountId;
    stored.shopName = saved.shopName;
    stored.shopId = saved.shopId;
    stored.tokenReceivedOn = saved.tokenReceivedOn;
    m_stored.secrets.clientSecret = clientSecret;
    m_hasTokens = true;
    m_fieldErrors.remove(SettingsField::AccountId);

    m_populating = true;
    m_ui->accountIdEdit->setText(saved.accountId);
    populateTokens(stored);
    m_populating = false;

    if (!outcome.listError) {
        QList<Choice> shops;
        for (const Shop &shop : outcome.shops)
            shops.append({shop.shopId, shop.name});
        QList<Choice> employees;
        for (const Employee &employee : outcome.employees)
            employees.append({employee.employeeId, employee.fullName()});
        setShops(shops);
        setEmployees(employees);
    }
    // A name typed in another case was resolved, so the form shows the account's spelling.
    const QString typedShop = m_ui->shopNameCombo->currentText().trimmed();
    if (saved.shopId != 0 && typedShop.compare(saved.shopName, Qt::CaseInsensitive) == 0)
        m_ui->shopNameCombo->setEditText(saved.shopName);
    refreshState();
}

void SettingsPage::applyDisconnected()
{
    m_hasTokens = false;
    m_stored.settings.tokenReceivedOn = {};
    populateTokens(m_stored.settings);
    refreshState();
}

void SettingsPage::setTokenReceivedOn(const QDateTime &receivedAt)
{
    if (!m_loaded)
        return;
    m_stored.settings.tokenReceivedOn = receivedAt;
    m_hasTokens = true;
    populateTokens(m_stored.settings);
    refreshState();
}

void SettingsPage::setConnectionState(const QString &text)
{
    m_ui->connectionStateLabel->setText(text);
    m_ui->connectionStateLabel->setAccessibleDescription(text);
}

void SettingsPage::showFieldError(SettingsField field, const QString &message)
{
    m_fieldErrors.insert(field, message);
    // Save stays disabled until the admin edits the field.
    refreshState();
}

void SettingsPage::showMessage(const QString &text, MessageKind kind)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (kind == MessageKind::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (kind == MessageKind::Error)
        icon = QStyle::SP_MessageBoxCritical;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->bannerIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_ui->bannerText->setText(text);
    m_ui->bannerFrame->setVisible(true);
    m_ui->bannerFrame->setAccessibleDescription(text);
}

void SettingsPage::clearMessage()
{
    m_ui->bannerText->clear();
    m_ui->bannerFrame->setVisible(false);
}

} // namespace posbridge
