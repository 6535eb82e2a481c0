escape_defer_mutex_unlock.go:15:12: (*Account).Deposit capturing by value: .autotmp_2 (addr=false assign=false width=8)
escape_defer_mutex_unlock.go:13:7: parameter a leaks to {heap} with derefs=0:
escape_defer_mutex_unlock.go:13:7:   flow: {heap} = a:
escape_defer_mutex_unlock.go:13:7:     from a.mu (dot of pointer) at escape_defer_mutex_unlock.go:14:3
escape_defer_mutex_unlock.go:13:7:     from a.mu (address-of) at escape_defer_mutex_unlock.go:14:6
escape_defer_mutex_unlock.go:13:7:     from (*sync.Mutex).Lock(a.mu) (call parameter) at escape_defer_mutex_unlock.go:14:11
escape_defer_mutex_unlock.go:13:7: leaking param: a
escape_defer_mutex_unlock.go:20:6: mu escapes to heap:
escape_defer_mutex_unlock.go:20:6:   flow: {heap} = &mu:
escape_defer_mutex_unlock.go:20:6:     from mu (address-of) at escape_defer_mutex_unlock.go:23:5
escape_defer_mutex_unlock.go:20:6:     from (*sync.Mutex).Lock(mu) (call parameter) at escape_defer_mutex_unlock.go:23:10
escape_defer_mutex_unlock.go:20:6: mu escapes to heap:
escape_defer_mutex_unlock.go:20:6:   flow: {heap} = &mu:
escape_defer_mutex_unlock.go:20:6:     from mu (address-of) at escape_defer_mutex_unlock.go:25:5
escape_defer_mutex_unlock.go:20:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at escape_defer_mutex_unlock.go:25:12
escape_defer_mutex_unlock.go:20:6: moved to heap: mu
escape_defer_mutex_unlock.go:31:6: a escapes to heap:
escape_defer_mutex_unlock.go:31:6:   flow: {heap} = &a:
escape_defer_mutex_unlock.go:31:6:     from a (address-of) at escape_defer_mutex_unlock.go:32:3
escape_defer_mutex_unlock.go:31:6:     from (*Account).Deposit(a, 10) (call parameter) at escape_defer_mutex_unlock.go:32:11
escape_defer_mutex_unlock.go:31:6: a escapes to heap:
escape_defer_mutex_unlock.go:31:6:   flow: {heap} = &a:
escape_defer_mutex_unlock.go:31:6:     from a (address-of) at escape_defer_mutex_unlock.go:33:3
escape_defer_mutex_unlock.go:31:6:     from (*Account).Deposit(a, 5) (call parameter) at escape_defer_mutex_unlock.go:33:11
escape_defer_mutex_unlock.go:34:30: total() escapes to heap:
escape_defer_mutex_unlock.go:34:30:   flow: {storage for ... argument} = &{storage for total()}:
escape_defer_mutex_unlock.go:34:30:     from total() (spill) at escape_defer_mutex_unlock.go:34:30
escape_defer_mutex_unlock.go:34:30:     from ... argument (slice-literal-element) at escape_defer_mutex_unlock.go:34:13
escape_defer_mutex_unlock.go:34:30:   flow: {heap} = {storage for ... argument}:
escape_defer_mutex_unlock.go:34:30:     from ... argument (spill) at escape_defer_mutex_unlock.go:34:13
escape_defer_mutex_unlock.go:34:30:     from fmt.Println(... argument...) (call parameter) at escape_defer_mutex_unlock.go:34:13
escape_defer_mutex_unlock.go:34:15: a.balance escapes to heap:
escape_defer_mutex_unlock.go:34:15:   flow: {storage for ... argument} = &{storage for a.balance}:
escape_defer_mutex_unlock.go:34:15:     from a.balance (spill) at escape_defer_mutex_unlock.go:34:15
escape_defer_mutex_unlock.go:34:15:     from ... argument (slice-literal-element) at escape_defer_mutex_unlock.go:34:13
escape_defer_mutex_unlock.go:34:15:   flow: {heap} = {storage for ... argument}:
escape_defer_mutex_unlock.go:34:15:     from ... argument (spill) at escape_defer_mutex_unlock.go:34:13
escape_defer_mutex_unlock.go:34:15:     from fmt.Println(... argument...) (call parameter) at escape_defer_mutex_unlock.go:34:13
escape_defer_mutex_unlock.go:31:6: moved to heap: a
escape_defer_mutex_unlock.go:34:13: ... argument does not escape
escape_defer_mutex_unlock.go:34:15: a.balance escapes to heap
escape_defer_mutex_unlock.go:34:30: total() escapes to heap
