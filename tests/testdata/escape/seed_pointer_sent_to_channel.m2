seed_pointer_sent_to_channel.go:6:2: x escapes to heap:
seed_pointer_sent_to_channel.go:6:2:   flow: {heap} = &x:
seed_pointer_sent_to_channel.go:6:2:     from &x (address-of) at seed_pointer_sent_to_channel.go:7:7
seed_pointer_sent_to_channel.go:6:2:     from c <- &x (send) at seed_pointer_sent_to_channel.go:7:4
seed_pointer_sent_to_channel.go:5:11: c does not escape
seed_pointer_sent_to_channel.go:6:2: moved to heap: x
seed_pointer_sent_to_channel.go:13:14: *(<-c) escapes to heap:
seed_pointer_sent_to_channel.go:13:14:   flow: {storage for ... argument} = &{storage for *(<-c)}:
seed_pointer_sent_to_channel.go:13:14:     from *(<-c) (spill) at seed_pointer_sent_to_channel.go:13:14
seed_pointer_sent_to_channel.go:13:14:     from ... argument (slice-literal-element) at seed_pointer_sent_to_channel.go:13:13
seed_pointer_sent_to_channel.go:13:14:   flow: {heap} = {storage for ... argument}:
seed_pointer_sent_to_channel.go:13:14:     from ... argument (spill) at seed_pointer_sent_to_channel.go:13:13
seed_pointer_sent_to_channel.go:13:14:     from fmt.Println(... argument...) (call parameter) at seed_pointer_sent_to_channel.go:13:13
seed_pointer_sent_to_channel.go:13:13: ... argument does not escape
seed_pointer_sent_to_channel.go:13:14: *(<-c) escapes to heap
