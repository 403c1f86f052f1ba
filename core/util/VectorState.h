#pragma once

// Clears the upper halves of the CPU's AVX registers (vzeroupper) where there are any.
//
// Some of Qt's code leaves them in use: after QSqlDatabase::drivers() (which every
// addDatabase calls) on an AVX-512 Xeon, every SSE instruction SQLite then runs pays a state
// transition, and a segment condition on event props took 0.85 s instead of 0.48 s
// (bench/README.md). Statements on SQLite's own API clear the state before they run.
void clearUpperVectorState();
