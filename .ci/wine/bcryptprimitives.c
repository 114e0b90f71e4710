/* Test tooling only, never shipped: Debian 12's Wine 8.0 lacks
 * bcryptprimitives.dll, which the Go 1.22+ runtime loads for ProcessPrng
 * ("fatal error: bcryptprimitives.dll not found"). This stub gives it
 * ProcessPrng over advapi32's SystemFunction036 (RtlGenRandom) so that
 * .ci/dist-check can run the Windows build under Wine. Real Windows 10
 * and 11 have the DLL. Built by .ci/dist-check with:
 *   x86_64-w64-mingw32-gcc -shared -o bcryptprimitives.dll bcryptprimitives.c bcryptprimitives.def -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	while (length > 0) {
		ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		length -= n;
	}
	return TRUE;
}
