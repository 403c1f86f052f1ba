#pragma once

#include "wechat/AppConfig.h"

#include <optional>
#include <QString>

struct ConsoleContext;
class QWidget;

// The Official Account an action is for: the only one, or the one the person picks.
// nullopt when there is none (`*problem` says what to do) or the person cancelled (empty).
std::optional<AppConfig> chooseOfficialAccount(const ConsoleContext &context, QWidget *parent,
                                               QString *problem);
