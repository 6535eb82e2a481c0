escape_chan_send_int.go:13:23: roundTrip() escapes to heap:
escape_chan_send_int.go:13:23:   flow: {storage for ... argument} = &{storage for roundTrip()}:
escape_chan_send_int.go:13:23:     from roundTrip() (spill) at escape_chan_send_int.go:13:23
escape_chan_send_int.go:13:23:     from ... argument (slice-literal-element) at escape_chan_send_int.go:13:13
escape_chan_send_int.go:13:23:   flow: {heap} = {storage for ... argument}:
escape_chan_send_int.go:13:23:     from ... argument (spill) at escape_chan_send_int.go:13:13
escape_chan_send_int.go:13:23:     from fmt.Println(... argument...) (call parameter) at escape_chan_send_int.go:13:13
escape_chan_send_int.go:13:13: ... argument does not escape
escape_chan_send_int.go:13:23: roundTrip() escapes to heap
