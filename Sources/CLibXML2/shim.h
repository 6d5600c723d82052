// libxml2's HTML parser and tree API (Debian: libxml2-dev; headers under /usr/include/libxml2,
// found through pkg-config's libxml-2.0).
#ifndef LEGGIO_CLIBXML2_SHIM_H
#define LEGGIO_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#endif
