#pragma once

#include <QCoreApplication>
#include <QString>

// Events in words: the Mini Program's and the Official Account's common event names, and an
// event's properties as "Item: sku-9 · Amount: 25" rather than JSON. Names a company defines
// for itself are shown as they are.
class EventText
{
    Q_DECLARE_TR_FUNCTIONS(EventText)
public:
    // "Viewed an item" for view_item; an unknown name as it is.
    static QString name(const QString &code);
    // The properties (a JSON object as stored) as "Label: value" pairs; text that is not an
    // object is shown as it is.
    static QString details(const QString &propsJson);
};
