escape_chan_local_send_pointer.go:7:2: x escapes to heap:
escape_chan_local_send_pointer.go:7:2:   flow: {heap} = &x:
escape_chan_local_send_pointer.go:7:2:     from &x (address-of) at escape_chan_local_send_pointer.go:8:7
escape_chan_local_send_pointer.go:7:2:     from c <- &x (send) at escape_chan_local_send_pointer.go:8:4
escape_chan_local_send_pointer.go:7:2: moved to heap: x
escape_chan_local_send_pointer.go:14:23: roundTrip() escapes to heap:
escape_chan_local_send_pointer.go:14:23:   flow: {storage for ... argument} = &{storage for roundTrip()}:
escape_chan_local_send_pointer.go:14:23:     from roundTrip() (spill) at escape_chan_local_send_pointer.go:14:23
escape_chan_local_send_pointer.go:14:23:     from ... argument (slice-literal-element) at escape_chan_local_send_pointer.go:14:13
escape_chan_local_send_pointer.go:14:23:   flow: {heap} = {storage for ... argument}:
escape_chan_local_send_pointer.go:14:23:     from ... argument (spill) at escape_chan_local_send_pointer.go:14:13
escape_chan_local_send_pointer.go:14:23:     from fmt.Println(... argument...) (call parameter) at escape_chan_local_send_pointer.go:14:13
escape_chan_local_send_pointer.go:14:13: ... argument does not escape
escape_chan_local_send_pointer.go:14:23: roundTrip() escapes to heap
