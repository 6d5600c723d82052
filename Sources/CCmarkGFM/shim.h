// libcmark-gfm, GitHub's CommonMark with its extensions: tables, strikethrough, autolinks,
// task lists (Debian: libcmark-gfm-dev, libcmark-gfm-extensions-dev).
#ifndef LEGGIO_CCMARKGFM_SHIM_H
#define LEGGIO_CCMARKGFM_SHIM_H
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>

// The extensions' node types are globals the headers do not declare; read them through
// functions so Swift never touches shared mutable state.
extern cmark_node_type CMARK_NODE_TABLE, CMARK_NODE_TABLE_ROW, CMARK_NODE_TABLE_CELL;
static inline cmark_node_type leggio_node_table(void) { return CMARK_NODE_TABLE; }
static inline cmark_node_type leggio_node_table_row(void) { return CMARK_NODE_TABLE_ROW; }
static inline cmark_node_type leggio_node_table_cell(void) { return CMARK_NODE_TABLE_CELL; }
#endif
