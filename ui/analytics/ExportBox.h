#pragma once

#include <QString>

#include <functional>

class Exportable;
class MessageBanner;
class QWidget;

// `view` under a row of Save PNG… and Save CSV… buttons (object names NAMEPng and NAMECsv).
// The file name offered is NAME-<fileStem()>.png or .csv; what happened is said in `banner`.
QWidget *exportBox(QWidget *view, Exportable *exportable, const QString &name,
                   const std::function<QString()> &fileStem, MessageBanner *banner);
