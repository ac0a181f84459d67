//! Draws the lead image of the repository's own site: a schematic map of Moscow and Tehran
//! with the Caspian and Black Seas (no text: the article's `alt` and caption say it all).
//! Made here, pixel by pixel, so its licence is ours to give: CC0.
//!
//! `cargo run --example lead_image_map -- content/articles/images/moscow-tehran.png`

use image::{Rgb, RgbImage};

const WIDTH: u32 = 1600;
const HEIGHT: u32 = 900;
/// The map's extent in degrees (equirectangular).
const WEST: f64 = 28.0;
const EAST: f64 = 64.0;
const NORTH: f64 = 60.0;
const SOUTH: f64 = 30.0;

fn to_pixel(lon: f64, lat: f64) -> (f64, f64) {
    (
        (lon - WEST) / (EAST - WEST) * f64::from(WIDTH),
        (NORTH - lat) / (NORTH - SOUTH) * f64::from(HEIGHT),
    )
}

/// Fills the ellipse centred at (lon, lat) with radii in degrees.
fn sea(img: &mut RgbImage, lon: f64, lat: f64, r_lon: f64, r_lat: f64, colour: Rgb<u8>) {
    let (cx, cy) = to_pixel(lon, lat);
    let rx = r_lon / (EAST - WEST) * f64::from(WIDTH);
    let ry = r_lat / (NORTH - SOUTH) * f64::from(HEIGHT);
    for (x, y, p) in img.enumerate_pixels_mut() {
        let dx = (f64::from(x) - cx) / rx;
        let dy = (f64::from(y) - cy) / ry;
        if dx * dx + dy * dy <= 1.0 {
            *p = colour;
        }
    }
}

fn dot(img: &mut RgbImage, lon: f64, lat: f64, radius: f64, colour: Rgb<u8>) {
    let (cx, cy) = to_pixel(lon, lat);
    for (x, y, p) in img.enumerate_pixels_mut() {
        let (dx, dy) = (f64::from(x) - cx, f64::from(y) - cy);
        if dx * dx + dy * dy <= radius * radius {
            *p = colour;
        }
    }
}

/// A dashed line from one city to the other.
fn route(img: &mut RgbImage, from: (f64, f64), to: (f64, f64), colour: Rgb<u8>) {
    let (x0, y0) = to_pixel(from.0, from.1);
    let (x1, y1) = to_pixel(to.0, to.1);
    let steps = 2000;
    for i in 0..=steps {
        let t = f64::from(i) / f64::from(steps);
        if (i / 40) % 2 == 1 {
            continue;
        }
        let (x, y) = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
        for ox in -3..=3 {
            for oy in -3..=3 {
                let (px, py) = (x as i64 + ox, y as i64 + oy);
                if (0..i64::from(WIDTH)).contains(&px) && (0..i64::from(HEIGHT)).contains(&py) {
                    img.put_pixel(px as u32, py as u32, colour);
                }
            }
        }
    }
}

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "moscow-tehran.png".to_string());
    let land = Rgb([236, 228, 210]);
    let water = Rgb([164, 199, 222]);
    let mut img = RgbImage::from_pixel(WIDTH, HEIGHT, land);
    sea(&mut img, 50.6, 42.0, 2.8, 5.0, water); // Caspian Sea
    sea(&mut img, 50.2, 38.3, 1.6, 1.6, water); // its southern basin
    sea(&mut img, 34.5, 43.3, 6.3, 2.1, water); // Black Sea
    sea(&mut img, 29.5, 34.0, 4.0, 3.0, water); // eastern Mediterranean
    sea(&mut img, 51.0, 27.0, 5.0, 3.2, water); // Persian Gulf, at the bottom edge
    let moscow = (37.62, 55.75);
    let tehran = (51.39, 35.69);
    route(&mut img, moscow, tehran, Rgb([155, 28, 28]));
    for (lon, lat) in [moscow, tehran] {
        dot(&mut img, lon, lat, 18.0, Rgb([27, 26, 23]));
        dot(&mut img, lon, lat, 10.0, Rgb([255, 255, 255]));
    }
    img.save(&out).expect("write the PNG");
    println!("wrote {out}");
}
