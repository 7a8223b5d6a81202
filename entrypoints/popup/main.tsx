import { render } from 'preact';
import { Popup } from './Popup';
import '@/components/entry.css';
import './popup.css';

document.documentElement.lang = navigator.language;
render(<Popup />, document.getElementById('app')!);
