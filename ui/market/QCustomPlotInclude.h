#pragma once

// Include Debian's QCustomPlot 2.1 through this header. Two of its inline
// templates (plottableAt, itemAt) use Qt's `foreach`, which QT_NO_FOREACH
// (sparecloud_settings) switches off; a range-for does the same there.
#ifndef foreach
#define foreach(variable, container) for (variable : container)
#define SPARECLOUD_FOREACH_SHIM
#endif
#include <qcustomplot.h>
#ifdef SPARECLOUD_FOREACH_SHIM
#undef foreach
#undef SPARECLOUD_FOREACH_SHIM
#endif
