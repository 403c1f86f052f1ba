#include "QrCodesDialog.h"

#include "AppSession.h"
#include "DialogRunner.h"
#include "people/ChannelQrCodes.h"
#include "storage/AppRepository.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableWidget>

namespace {
const int kImageSide = 220;

enum Column
{
    Name,
    Parameter,
    Lifetime,
    Followers,
    CreatedBy,
    ColumnCount
};

// What a new code needs: a name, its parameter, and how long it lives.
class NewQrCodeDialog : public QDialog
{
public:
    explicit NewQrCodeDialog(QWidget *parent) : QDialog(parent)
    {
        setWindowTitle(QrCodesDialog::tr("New QR code"));
        auto *form = new QFormLayout(this);
        name = new QLineEdit(this);
        name->setPlaceholderText(QrCodesDialog::tr("e.g. Spring poster, Shanghai shop"));
        parameter = new QLineEdit(this);
        parameter->setPlaceholderText(QrCodesDialog::tr("e.g. poster-spring, or a number"));
        parameter->setToolTip(QrCodesDialog::tr(
            "WeChat adds this to every follow through the code: up to 64 bytes of text, or a "
            "number (up to 100000 for a permanent code)."));
        permanent =
            new QCheckBox(QrCodesDialog::tr("Permanent (an account may have 100,000)"), this);
        permanent->setChecked(true);
        days = new QSpinBox(this);
        days->setRange(1, 30);
        days->setValue(30);
        days->setSuffix(QrCodesDialog::tr(" days"));
        days->setEnabled(false);
        form->addRow(QrCodesDialog::tr("Name:"), name);
        form->addRow(QrCodesDialog::tr("Parameter:"), parameter);
        form->addRow(QString(), permanent);
        form->addRow(QrCodesDialog::tr("Temporary, lives:"), days);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        form->addRow(buttons);
        connect(permanent, &QCheckBox::toggled, days, [this](bool on) { days->setEnabled(!on); });
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    }
    QLineEdit *name;
    QLineEdit *parameter;
    QCheckBox *permanent;
    QSpinBox *days;
};
} // namespace

QrCodesDialog::QrCodesDialog(std::shared_ptr<AppSession> session, DbConnection db,
                             DialogRunner &dialogs, QWidget *parent)
    : AccountListDialog(
          tr("Channel QR codes of %1").arg(session->app().name), QStringLiteral("qrCodes"),
          {tr("Name"), tr("Parameter"), tr("Lives"), tr("Followers"), tr("Made by")}, parent),
      m_session(std::move(session)), m_db(db), m_dialogs(dialogs),
      m_codes(std::make_unique<ChannelQrCodes>(db, m_session->app().appid, m_session->client())),
      m_image(new QLabel(this)), m_create(addAction(tr("&New QR code…"), QKeySequence::New)),
      m_save(addAction(tr("&Save image…"), QKeySequence::Save))
{
    m_image->setFixedSize(kImageSide, kImageSide);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setFrameShape(QFrame::StyledPanel);
    side()->addWidget(m_image);
    side()->addStretch();
    resize(900, 440);

    connect(m_create, &QPushButton::clicked, this, &QrCodesDialog::askForNewCode);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save QR code image"),
            table()->item(selectedRow(), Name)->text() + QStringLiteral(".png"),
            tr("Images (*.png *.jpg)"));
        if (!path.isEmpty())
            saveImage(path);
    });
    connect(table(), &QTableWidget::itemSelectionChanged, this,
            &QrCodesDialog::showImageOfSelected);
    reload();
    if (table()->rowCount() == 0)
        say(tr("No channel QR codes yet. Make one for each poster or shop (Ctrl+N): the Users "
               "list then says who came through which."),
            Tone::Plain);
}

QrCodesDialog::~QrCodesDialog() = default;

bool QrCodesDialog::hasImage() const
{
    return !m_imageBytes.isEmpty();
}

void QrCodesDialog::reload()
{
    const qint64 app = AppRepository(m_db).rowId(m_session->app().appid);
    const StatusOr<QList<StoredQrCode>> codes = QrCodeStore(m_db).ofApp(app);
    if (!codes.isOk())
        say(codes.message(), Tone::Error);
    const QSignalBlocker blocker(table());
    table()->setRowCount(0);
    const QLocale locale;
    for (const StoredQrCode &code : codes.value()) {
        const int row = table()->rowCount();
        table()->insertRow(row);
        auto *name = new QTableWidgetItem(code.name);
        name->setData(Qt::UserRole, code.ticket);
        const bool expired =
            !code.permanent && code.expiresAt < QDateTime::currentMSecsSinceEpoch();
        const QString lives =
            code.permanent ? tr("Permanent")
            : expired      ? tr("Expired %1")
                            .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(code.expiresAt),
                                                 QLocale::ShortFormat))
                      : tr("Until %1")
                            .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(code.expiresAt),
                                                 QLocale::ShortFormat));
        auto *followers = new QTableWidgetItem(locale.toString(code.followers));
        followers->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        table()->setItem(row, Name, name);
        table()->setItem(row, Parameter, new QTableWidgetItem(code.scene));
        table()->setItem(row, Lifetime, new QTableWidgetItem(lives));
        table()->setItem(row, Followers, followers);
        table()->setItem(row, CreatedBy, new QTableWidgetItem(code.createdBy));
    }
    updateActions();
}

QString QrCodesDialog::selectedTicket() const
{
    const int row = selectedRow();
    return row < 0 ? QString() : table()->item(row, Name)->data(Qt::UserRole).toString();
}

void QrCodesDialog::updateActions()
{
    m_create->setEnabled(!isBusy());
    m_save->setEnabled(!isBusy() && hasImage());
}

void QrCodesDialog::askForNewCode()
{
    NewQrCodeDialog ask(this);
    if (m_dialogs.exec(ask) != QDialog::Accepted)
        return;
    createCode(ask.name->text(), ask.parameter->text().trimmed(), ask.permanent->isChecked(),
               ask.days->value());
}

void QrCodesDialog::createCode(const QString &name, const QString &parameter, bool permanent,
                               int days)
{
    setBusy(true);
    m_codes->create(name, parameter, permanent, days * 24 * 3600,
                    [this](const Status &status, const StoredQrCode &code) {
                        if (!status.isOk())
                            return finish(false, status.message());
                        reload();
                        for (int row = 0; row < table()->rowCount(); ++row)
                            if (table()->item(row, Name)->data(Qt::UserRole) == code.ticket)
                                table()->selectRow(row); // shows its image
                        emit changed();
                        finish(true, tr("Made the QR code “%1”: follows through it carry “%2”.")
                                         .arg(code.name, code.scene));
                    });
}

void QrCodesDialog::showImageOfSelected()
{
    m_imageBytes.clear();
    m_image->clear();
    const QString ticket = selectedTicket();
    updateActions();
    if (ticket.isEmpty())
        return;
    m_image->setText(tr("Loading…"));
    m_codes->image(ticket, [this, ticket](const Status &status, const QByteArray &bytes) {
        if (ticket != selectedTicket())
            return; // another code was picked meanwhile
        QPixmap pixmap;
        if (!status.isOk() || !pixmap.loadFromData(bytes)) {
            m_image->setText(tr("No image"));
            m_image->setToolTip(status.isOk() ? tr("WeChat sent something that is not an image.")
                                              : status.message());
            return updateActions();
        }
        m_imageBytes = bytes;
        m_image->setToolTip(QString());
        m_image->setPixmap(pixmap.scaled(m_image->size() - QSize(8, 8), Qt::KeepAspectRatio,
                                         Qt::SmoothTransformation));
        updateActions();
    });
}

void QrCodesDialog::saveImage(const QString &path)
{
    QSaveFile file(path);
    if (!hasImage() || !file.open(QIODevice::WriteOnly) || file.write(m_imageBytes) < 0 ||
        !file.commit())
        return finish(false, tr("Could not save the image to %1: %2")
                                 .arg(path, hasImage() ? file.errorString() : tr("no image")));
    finish(true, tr("Saved the QR code image to %1.").arg(path));
}
