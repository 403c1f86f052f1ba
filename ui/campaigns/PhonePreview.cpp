#include "PhonePreview.h"

#include "campaigns/CoverCache.h"

#include "PlainLabel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace {
// The template's content with each {{key.DATA}} replaced by its filled field; lines of the
// fields WeChat no longer shows (first, remark) are left out, and without the content the
// fields are listed as key: value.
QString templateCard(const QString &content, const QMap<QString, QString> &fields)
{
    if (content.isEmpty()) {
        QStringList lines;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            lines << QStringLiteral("%1: %2").arg(it.key(), it.value());
        return lines.join(u'\n');
    }
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\w+)\\.DATA\\}\\}"));
    QStringList lines;
    for (const QString &line : content.split(u'\n')) {
        QString out;
        qsizetype last = 0;
        bool hidden = false;
        for (auto it = placeholder.globalMatch(line); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString key = m.captured(1);
            hidden = hidden || MessageTemplate::isRetiredKey(key);
            out += QStringView(line).mid(last, m.capturedStart() - last);
            out += fields.value(key);
            last = m.capturedEnd();
        }
        out += QStringView(line).mid(last);
        if (!hidden && !out.trimmed().isEmpty())
            lines << out;
    }
    return lines.join(u'\n');
}
} // namespace

PhonePreview::PhonePreview(QWidget *parent)
    : QFrame(parent), m_sender(plainLabel(this)), m_card(new QFrame(this)),
      m_cover(new QLabel(this)), m_title(plainLabel(this)), m_body(plainLabel(this)),
      m_who(plainLabel(this))
{
    setObjectName(QStringLiteral("phone"));
    setStyleSheet(QStringLiteral(
        "#phone { background: #ededed; border: 8px solid #333; border-radius: 22px; }"
        "#card { background: white; border-radius: 6px; }"));
    setMinimumWidth(280);
    m_body->setObjectName(QStringLiteral("preview"));
    m_sender->setObjectName(QStringLiteral("sender"));
    m_sender->setForegroundRole(QPalette::PlaceholderText);
    m_card->setObjectName(QStringLiteral("card"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *cardLayout = new QVBoxLayout(m_card);
    m_cover->setObjectName(QStringLiteral("cover"));
    m_cover->setAlignment(Qt::AlignCenter);
    m_cover->hide();
    cardLayout->addWidget(m_cover);
    cardLayout->addWidget(m_title);
    cardLayout->addWidget(m_body);
    m_cardRow = new QHBoxLayout;
    m_cardRow->addWidget(m_card, 4);
    m_cardRow->addStretch(1); // a bubble leaves the right side free, as in a chat
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_sender);
    layout->addLayout(m_cardRow);
    layout->addStretch();
    layout->addWidget(m_who);
    setBubble(false);
}

bool PhonePreview::showsCover() const
{
    return !m_cover->isHidden() && !m_cover->pixmap().isNull();
}

void PhonePreview::setSender(const QString &name)
{
    m_sender->setText(name);
}

void PhonePreview::setBubble(bool bubble)
{
    m_bubble = bubble;
    m_title->setVisible(!bubble);
    m_sender->setVisible(bubble);
    m_cardRow->setStretch(1, bubble ? 1 : 0);
}

void PhonePreview::show(const CampaignDefinition &d, const MessageTemplate &chosen,
                        const MessageRenderer::Recipient &sample)
{
    const MessageRenderer renderer(d);
    setBubble(false);
    m_cover->hide();
    m_cover->clear();
    if (d.channel == QStringLiteral("template") || d.sentByMiniProgram()) {
        m_title->setText(!chosen.title.isEmpty()   ? chosen.title
                         : !d.templateId.isEmpty() ? d.templateId
                                                   : tr("Choose a template"));
        QString card = templateCard(chosen.content, renderer.fields(sample));
        // Where a tap leads; WeChat prefers the Mini Program when both are set.
        if (!d.miniprogramAppid.isEmpty())
            card += u'\n' + tr("Details › Mini Program %1").arg(d.miniprogramPage);
        else if (!d.url.isEmpty())
            card += u'\n' + tr("Details › %1").arg(d.url);
        m_body->setText(card);
    } else if (!d.cardTitle.isEmpty() ||
               (d.channel == QStringLiteral("custom") && !d.miniprogramAppid.isEmpty())) {
        m_title->setText(MessageRenderer::fill(d.cardTitle, sample));
        m_body->setText(tr("Mini Program · %1").arg(d.miniprogramPage));
    } else if (d.isMass() && !d.mpnewsMediaId.isEmpty()) {
        // The article as its card in the chat: cover, then title.
        const QPixmap cover = CoverCache::get(d.mpnewsCoverUrl);
        if (!cover.isNull()) {
            m_cover->setPixmap(cover.scaledToWidth(240, Qt::SmoothTransformation));
            m_cover->show();
        }
        m_title->setText(d.mpnewsTitle.isEmpty() ? tr("Article") : d.mpnewsTitle);
        m_body->setText(tr("Article from the library (%1)").arg(d.mpnewsMediaId));
    } else {
        // A text arrives as a chat bubble from the account.
        setBubble(true);
        m_title->setText(d.isMass() ? tr("Mass message") : tr("Customer-service message"));
        const QString text = MessageRenderer::fill(d.text, sample);
        m_body->setText(text.isEmpty() ? tr("(the text)") : text);
    }
    m_who->setText(d.isMass()         ? tr("Everyone in a call gets the same message")
                   : sample.profileId ? tr("As profile %1 will read it").arg(sample.profileId)
                                      : tr("Refresh the segment to preview it for one of its "
                                           "people"));
}

QString PhonePreview::text() const
{
    return m_title->text() + u'\n' + m_body->text();
}
