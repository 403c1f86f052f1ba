#include "FormLabels.h"

#include <QFormLayout>
#include <QLayout>
#include <QWidget>

namespace {
void collectForms(QLayout *layout, QList<QFormLayout *> *forms)
{
    if (!layout)
        return;
    if (auto *form = qobject_cast<QFormLayout *>(layout))
        forms->append(form);
    for (int i = 0; i < layout->count(); ++i)
        collectForms(layout->itemAt(i)->layout(), forms);
}

QList<QWidget *> labelsOf(QFormLayout *form)
{
    QList<QWidget *> labels;
    for (int row = 0; row < form->rowCount(); ++row)
        if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
            labels << item->widget();
    return labels;
}
} // namespace

void alignFormLabels(QWidget *root)
{
    QList<QFormLayout *> forms;
    collectForms(root->layout(), &forms);
    for (QWidget *child : root->findChildren<QWidget *>())
        collectForms(child->layout(), &forms);
    int widest = 0;
    for (QFormLayout *form : std::as_const(forms))
        for (QWidget *label : labelsOf(form)) {
            label->setMinimumWidth(0);
            widest = qMax(widest, label->sizeHint().width());
        }
    for (QFormLayout *form : std::as_const(forms))
        for (QWidget *label : labelsOf(form))
            label->setMinimumWidth(widest);
}
