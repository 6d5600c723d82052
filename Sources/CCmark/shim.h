// libcmark, the CommonMark reference implementation (Debian: libcmark-dev).
#ifndef LEGGIO_CCMARK_SHIM_H
#define LEGGIO_CCMARK_SHIM_H
#include <cmark.h>
#endif
