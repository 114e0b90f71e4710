// Command leadshift runs the LeadShift workshop app, or one of its
// command-line tools when given arguments (see "leadshift help").
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/leadshift/leadshift/assets"
	_ "github.com/leadshift/leadshift/cmd/internal/cleanlocale" // before Fyne reads the locale
	"github.com/leadshift/leadshift/cmd/internal/cli"
	"github.com/leadshift/leadshift/ui"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/manager"
	"github.com/leadshift/leadshift/workshop/planpdf"
	"github.com/leadshift/leadshift/workshop/roomdb"
	"github.com/leadshift/leadshift/workshop/storage"
)

func main() {
	cli.Version = meta.Details.Version
	storage.WrittenBy = cli.Producer()
	if len(os.Args) > 1 {
		attachConsole() // Windows: print to the terminal that started us
		os.Exit(cli.Run(os.Args[1:], os.Stdout, os.Stderr))
	}
	if err := runApp(); err != nil {
		slog.Error("leadshift could not start", "err", err)
		os.Exit(1)
	}
}

func runApp() error {
	content, err := assets.BuiltinContent()
	if err != nil {
		return err
	}
	icon := fyne.NewStaticResource("icon.png", assets.Icon)
	app.SetMetadata(fyne.AppMetadata{ID: meta.Details.ID, Name: meta.Details.Name,
		Version: meta.Details.Version, Build: meta.Details.Build, Icon: icon, Release: true})
	a := app.NewWithID(meta.Details.ID)
	a.SetIcon(icon)
	root := a.Storage().RootURI().Path()
	unlock, err := cli.LockApp(root)
	if errors.Is(err, cli.ErrLocked) {
		fmt.Fprintln(os.Stderr, "leadshift:", err)
		showAlreadyRunning(a, err)
		return nil
	}
	if err != nil {
		return err
	}
	defer unlock()
	store, err := storage.Open(filepath.Join(root, "solo"))
	if err != nil {
		return fmt.Errorf("opening the data folder: %w", err)
	}
	library, err := storage.OpenLibrary(filepath.Join(root, "workshops"))
	if err != nil {
		return err
	}
	ui.New(a, ui.Deps{
		Content:    content,
		Store:      store,
		LiveDir:    filepath.Join(root, "live"),
		Library:    library,
		RenderPlan: renderPlan,
		RenderPack: renderPack,
		RenderRequest: func(w io.Writer, c *workshop.Content, q *manager.Request, p ui.Print) error {
			opt, err := printOptions(p)
			if err != nil {
				return err
			}
			return planpdf.RenderRequest(w, c, q, opt)
		},
		RenderGuide: func(w io.Writer, c *workshop.Content, p ui.Print) error {
			opt, err := printOptions(p)
			if err != nil {
				return err
			}
			return planpdf.RenderGuide(w, c, opt)
		},
		RenderProgress: func(w io.Writer, c *workshop.Content, a *workshop.Answers, p ui.Print) error {
			opt, err := printOptions(p)
			if err != nil {
				return err
			}
			return planpdf.RenderProgress(w, c, a, opt)
		},
		RenderPulseSheet: func(w io.Writer, c *workshop.Content, p ui.Print) error {
			opt, err := printOptions(p)
			if err != nil {
				return err
			}
			return planpdf.RenderPulseSheet(w, c, opt)
		},
		OpenRoom: openRoom,
		Browse:   lan.Browse,
		Announce: lan.Announce,
		HostAddr: fmt.Sprintf(":%d", lan.DefaultPort),
		Paper:    string(planpdf.DefaultPaper(cli.Locale())),
		Version:  meta.Details.Version,
		Licences: assets.Licences,
		DataDir:  root,
	}).ShowAndRun()
	return nil
}

// showAlreadyRunning tells a person who started LeadShift a second time
// that it is already running with their data, instead of letting two
// windows fight over the same files.
func showAlreadyRunning(a fyne.App, err error) {
	w := a.NewWindow("LeadShift")
	msg := widget.NewLabel(err.Error())
	msg.Wrapping = fyne.TextWrapWord
	w.SetContent(container.NewBorder(nil, container.NewCenter(widget.NewButton("Close", a.Quit)), nil, nil, msg))
	w.Resize(fyne.NewSize(460, 160))
	w.ShowAndRun()
}

func openRoom(ctx context.Context, dir string) (workshop.RoomStore, error) {
	return roomdb.Open(ctx, filepath.Join(dir, cli.RoomDBFile))
}

func renderPlan(w io.Writer, c *workshop.Content, a *workshop.Answers, p ui.Print) error {
	opt, err := printOptions(p)
	if err != nil {
		return err
	}
	return planpdf.Render(w, c, a, opt)
}

func renderPack(w io.Writer, c *workshop.Content, all []*workshop.Answers, p ui.Print) error {
	opt, err := printOptions(p)
	if err != nil {
		return err
	}
	return planpdf.RenderPack(w, c, all, opt)
}

func printOptions(p ui.Print) (planpdf.Options, error) {
	paper, err := planpdf.ParsePaper(p.Paper)
	return planpdf.Options{Paper: paper, Title: p.Title, Compact: p.Compact, Manager: p.Manager, Producer: cli.Producer()}, err
}
