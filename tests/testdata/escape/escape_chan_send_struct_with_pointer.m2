escape_chan_send_struct_with_pointer.go:10:2: x escapes to heap:
escape_chan_send_struct_with_pointer.go:10:2:   flow: {heap} = &x:
escape_chan_send_struct_with_pointer.go:10:2:     from &x (address-of) at escape_chan_send_struct_with_pointer.go:11:11
escape_chan_send_struct_with_pointer.go:10:2:     from Msg{...} (struct literal element) at escape_chan_send_struct_with_pointer.go:11:10
escape_chan_send_struct_with_pointer.go:10:2:     from c <- Msg{...} (send) at escape_chan_send_struct_with_pointer.go:11:4
escape_chan_send_struct_with_pointer.go:9:14: c does not escape
escape_chan_send_struct_with_pointer.go:10:2: moved to heap: x
escape_chan_send_struct_with_pointer.go:18:14: *m.p escapes to heap:
escape_chan_send_struct_with_pointer.go:18:14:   flow: {storage for ... argument} = &{storage for *m.p}:
escape_chan_send_struct_with_pointer.go:18:14:     from *m.p (spill) at escape_chan_send_struct_with_pointer.go:18:14
escape_chan_send_struct_with_pointer.go:18:14:     from ... argument (slice-literal-element) at escape_chan_send_struct_with_pointer.go:18:13
escape_chan_send_struct_with_pointer.go:18:14:   flow: {heap} = {storage for ... argument}:
escape_chan_send_struct_with_pointer.go:18:14:     from ... argument (spill) at escape_chan_send_struct_with_pointer.go:18:13
escape_chan_send_struct_with_pointer.go:18:14:     from fmt.Println(... argument...) (call parameter) at escape_chan_send_struct_with_pointer.go:18:13
escape_chan_send_struct_with_pointer.go:18:13: ... argument does not escape
escape_chan_send_struct_with_pointer.go:18:14: *m.p escapes to heap
