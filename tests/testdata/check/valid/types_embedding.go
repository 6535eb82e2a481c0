package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Logger struct {
	prefix string
	lines  int
}

func (l *Logger) Log(msg string) {
	l.lines++
	fmt.Println(l.prefix + msg)
}

// Dog embeds Animal by value and Logger by pointer.
type Dog struct {
	Animal
	*Logger
	Breed string
}

// Describe on Dog shadows the promoted Animal.Describe.
func (d Dog) Describe() string {
	return d.Animal.Describe() + " and is a " + d.Breed
}

type Base struct{ ID int }

func (b Base) Key() int { return b.ID * 100 }

type Middle struct{ Base }
type Top struct {
	Middle
	Extra string
}

type Describer interface{ Describe() string }

func main() {
	d := Dog{
		Animal: Animal{Name: "Rex", Legs: 4},
		Logger: &Logger{prefix: "[dog] "},
		Breed:  "collie",
	}
	fmt.Println(d.Name, d.Legs) // promoted fields
	fmt.Println(d.Describe())
	fmt.Println(d.Animal.Describe())
	d.Rename("Max") // promoted pointer method on addressable d
	d.Log("renamed to " + d.Name)
	d.Log("second line")
	fmt.Println(d.lines, d.Logger.lines)

	t := Top{Middle: Middle{Base{7}}, Extra: "x"}
	fmt.Println(t.ID, t.Key(), t.Middle.Base.ID)

	var ds []Describer
	ds = append(ds, d, d.Animal, &d)
	for _, x := range ds {
		fmt.Println(x.Describe())
	}
}
