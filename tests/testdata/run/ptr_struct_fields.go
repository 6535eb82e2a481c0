package main

import "fmt"

type Config struct {
	Name    string
	Retries int
	Opts    *Options
}

type Options struct {
	Verbose bool
	Level   int
}

func defaults(c *Config) {
	if c.Retries == 0 {
		c.Retries = 3
	}
	if c.Opts == nil {
		c.Opts = &Options{Level: 1}
	}
}

func bump(o Options) Options {
	o.Level++
	return o
}

func main() {
	c := Config{Name: "svc"}
	defaults(&c)
	fmt.Println(c.Name, c.Retries, *c.Opts)
	o2 := bump(*c.Opts)
	fmt.Println(c.Opts.Level, o2.Level)
	alias := c.Opts
	alias.Verbose = true
	fmt.Println(c.Opts.Verbose)
	cp := c
	cp.Opts.Level = 9
	cp.Retries = 0
	fmt.Println(c.Opts.Level, c.Retries, cp.Retries)
	ptrs := []*Config{&c, &cp}
	for _, p := range ptrs {
		p.Name += "!"
	}
	fmt.Println(c.Name, cp.Name)
	pp := &ptrs[0]
	(*pp).Retries = 42
	fmt.Println(c.Retries)
}
