#include "UsersPage.h"

#include "EmptyState.h"

#include <QLineEdit>
#include <QVBoxLayout>

UsersPage::UsersPage(QWidget *parent)
    : QWidget(parent), m_search(new QLineEdit(this)), m_empty(new EmptyState(this))
{
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(
        tr("Search by openid, unionid, member ID, remark or profile ID (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    m_empty->setTitle(tr("No users yet"));
    m_empty->setHint(
        tr("Add your Official Account and Mini Program in Settings, then sync followers and import "
           "Mini Program users. Everyone you sync appears here as one profile per person."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_empty, 1);
}

void UsersPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}
