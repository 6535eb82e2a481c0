escape_chan_send_int.go:13:13: ... argument does not escape
escape_chan_send_int.go:13:23: roundTrip() escapes to heap
