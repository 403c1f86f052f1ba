#pragma once

class QWidget;

// Gives every form under `root` (QFormLayout) one label column: each label as wide as the widest,
// so forms stacked in one dialog line up as one.
void alignFormLabels(QWidget *root);
