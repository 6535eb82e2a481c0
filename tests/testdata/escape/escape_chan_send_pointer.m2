escape_chan_send_pointer.go:6:2: x escapes to heap:
escape_chan_send_pointer.go:6:2:   flow: {heap} = &x:
escape_chan_send_pointer.go:6:2:     from &x (address-of) at escape_chan_send_pointer.go:7:7
escape_chan_send_pointer.go:6:2:     from c <- &x (send) at escape_chan_send_pointer.go:7:4
escape_chan_send_pointer.go:5:14: c does not escape
escape_chan_send_pointer.go:6:2: moved to heap: x
escape_chan_send_pointer.go:13:14: *(<-c) escapes to heap:
escape_chan_send_pointer.go:13:14:   flow: {storage for ... argument} = &{storage for *(<-c)}:
escape_chan_send_pointer.go:13:14:     from *(<-c) (spill) at escape_chan_send_pointer.go:13:14
escape_chan_send_pointer.go:13:14:     from ... argument (slice-literal-element) at escape_chan_send_pointer.go:13:13
escape_chan_send_pointer.go:13:14:   flow: {heap} = {storage for ... argument}:
escape_chan_send_pointer.go:13:14:     from ... argument (spill) at escape_chan_send_pointer.go:13:13
escape_chan_send_pointer.go:13:14:     from fmt.Println(... argument...) (call parameter) at escape_chan_send_pointer.go:13:13
escape_chan_send_pointer.go:13:13: ... argument does not escape
escape_chan_send_pointer.go:13:14: *(<-c) escapes to heap
