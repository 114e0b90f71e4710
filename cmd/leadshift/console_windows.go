package main

import (
	"os"
	"syscall"
)

// attachConsole connects the command line to the console of the program
// that started LeadShift. The Windows build is a GUI program (-H=windowsgui)
// so that a double-click opens no console window; such a program starts
// without a console, and without this "leadshift --version" typed in cmd or
// PowerShell would print nothing. Output redirected to a file or a pipe
// already has a handle and is left alone.
func attachConsole() {
	noHandle := func(std int) bool {
		h, err := syscall.GetStdHandle(std)
		return err != nil || h == 0 || h == syscall.InvalidHandle
	}
	needOut, needErr := noHandle(syscall.STD_OUTPUT_HANDLE), noHandle(syscall.STD_ERROR_HANDLE)
	if !needOut && !needErr {
		return
	}
	const attachParentProcess = ^uintptr(0) // (DWORD)-1
	attach := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	if attach.Find() != nil {
		return
	}
	if ok, _, _ := attach.Call(attachParentProcess); ok == 0 {
		return // started without a console, e.g. from Explorer
	}
	if needOut {
		if c, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
			os.Stdout = c
		}
	}
	if needErr {
		if c, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
			os.Stderr = c
		}
	}
}
