// Strings of the Windows API structures: read, and reported since wl does not run them.
sName is ASCIIZ string on 20
sCode is Pascal string on 8
