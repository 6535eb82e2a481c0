package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Paused
	Stopped
)

var stateNames = map[State]string{
	Idle:    "Idle",
	Running: "Running",
	Paused:  "Paused",
	Stopped: "Stopped",
}

func (s State) String() string { return stateNames[s] }

type Event string

type Machine struct {
	state State
	log   []string
}

func (m *Machine) Handle(e Event) error {
	next, ok := transition(m.state, e)
	if !ok {
		return fmt.Errorf("invalid event %q in state %v", e, m.state)
	}
	m.log = append(m.log, fmt.Sprintf("%v -%s-> %v", m.state, e, next))
	m.state = next
	return nil
}

func transition(s State, e Event) (State, bool) {
	switch s {
	case Idle:
		if e == "start" {
			return Running, true
		}
	case Running:
		switch e {
		case "pause":
			return Paused, true
		case "stop":
			return Stopped, true
		}
	case Paused:
		if e == "resume" {
			return Running, true
		} else if e == "stop" {
			return Stopped, true
		}
	}
	return s, false
}

func main() {
	m := &Machine{}
	for _, e := range []Event{"start", "pause", "start", "resume", "stop", "start"} {
		if err := m.Handle(e); err != nil {
			fmt.Println("error:", err)
		}
	}
	for _, l := range m.log {
		fmt.Println(l)
	}
	fmt.Printf("final: %v (%d)\n", m.state, m.state)
}
