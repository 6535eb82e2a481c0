package main

import (
	"errors"
	"fmt"
	"strings"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

type Inventory struct {
	items map[string]*Item
	order []string
}

var ErrUnknown = errors.New("unknown item")

func NewInventory() *Inventory {
	return &Inventory{items: make(map[string]*Item)}
}

func (inv *Inventory) Add(it Item) {
	if existing, ok := inv.items[it.SKU]; ok {
		existing.Qty += it.Qty
		return
	}
	inv.items[it.SKU] = &it
	inv.order = append(inv.order, it.SKU)
}

func (inv *Inventory) Take(sku string, n int) error {
	it, ok := inv.items[sku]
	if !ok {
		return fmt.Errorf("take %s: %w", sku, ErrUnknown)
	}
	if it.Qty < n {
		return fmt.Errorf("take %s: only %d left", sku, it.Qty)
	}
	it.Qty -= n
	return nil
}

func (inv *Inventory) Report() string {
	var b strings.Builder
	total := 0.0
	for _, sku := range inv.order {
		it := inv.items[sku]
		value := float64(it.Qty) * it.Price
		total += value
		b.WriteString(fmt.Sprintf("%-4s %-8s %3d x %6.2f = %8.2f\n", it.SKU, it.Name, it.Qty, it.Price, value))
	}
	b.WriteString(fmt.Sprintf("total %.2f", total))
	return b.String()
}

func main() {
	inv := NewInventory()
	inv.Add(Item{"A1", "bolts", 100, 0.25})
	inv.Add(Item{"B2", "nuts", 250, 0.1})
	inv.Add(Item{SKU: "C3", Name: "gears", Qty: 4, Price: 12.5})
	inv.Add(Item{SKU: "A1", Qty: 20})
	for _, req := range []struct {
		sku string
		n   int
	}{{"A1", 30}, {"C3", 5}, {"Z9", 1}} {
		if err := inv.Take(req.sku, req.n); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(inv.Report())
}
