seed_pointer_sent_to_channel.go:5:11: c does not escape
seed_pointer_sent_to_channel.go:6:2: moved to heap: x
seed_pointer_sent_to_channel.go:13:13: ... argument does not escape
seed_pointer_sent_to_channel.go:13:14: *(<-c) escapes to heap
