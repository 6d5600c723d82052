// libxml2's HTML parser and tree API (Debian: libxml2-dev; headers under /usr/include/libxml2,
// found through pkg-config's libxml-2.0).
#ifndef LEGGIO_CLIBXML2_SHIM_H
#define LEGGIO_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, so <libxml/encoding.h> would pull in the system's
// <unicode/ucnv.h>, whose UErrorCode clashes with Foundation's own ICU module
// ("'UErrorCode' has different definitions in different modules"). Leggio never touches the
// ICU members (the last fields of xmlCharEncodingHandler), so the headers are read without them.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#endif
