#include <linux/ioctl.h>
struct fz { char a[0x100000000]; };
#define FZ _IOR(1,2,struct fz)
struct fy { char a[0x80000000]; };
#define FY _IOR(1,3,struct fy)
