#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU; its headers clash with Foundation's bundled ICU (see
// notes/swift-on-linux.md §1). We never touch the ICU fields, so hide them.
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
