// Command leadshift runs the LeadShift workshop app, or one of its
// command-line tools when given arguments (see "leadshift help").
package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"github.com/leadshift/leadshift/assets"
	"github.com/leadshift/leadshift/cmd/internal/cli"
	"github.com/leadshift/leadshift/ui"
	"github.com/leadshift/leadshift/workshop"
	"github.com/leadshift/leadshift/workshop/lan"
	"github.com/leadshift/leadshift/workshop/planpdf"
	"github.com/leadshift/leadshift/workshop/roomdb"
	"github.com/leadshift/leadshift/workshop/storage"
)

// appID is the reverse-DNS ID, the same as in FyneApp.toml.
const appID = "io.leadshift.app"

func main() {
	if len(os.Args) > 1 {
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
	a := app.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("icon.png", assets.Icon))
	root := a.Storage().RootURI().Path()
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
		OpenRoom:   openRoom,
		Browse:     lan.Browse,
		Announce:   lan.Announce,
		HostAddr:   fmt.Sprintf(":%d", lan.DefaultPort),
		Paper:      string(planpdf.DefaultPaper(cli.Locale())),
	}).ShowAndRun()
	return nil
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
	return planpdf.Options{Paper: paper, Title: p.Title, Compact: p.Compact}, err
}
