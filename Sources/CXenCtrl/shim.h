#include <xenctrl.h>
#include <xentoollog.h>
