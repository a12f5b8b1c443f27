#include <errno.h>
#include <xenstore.h>
#include <xen/io/xs_wire.h>
